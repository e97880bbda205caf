using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Palermo.Browser.Tests.Accessibility;

/// <summary>The Razor pages the running app serves, as route patterns, and the path of a pattern filled with values.</summary>
public static class PageRoutes
{
    /// <summary>
    /// One route pattern per page, from the app's endpoints: an Index page also answers at its folder, and the shorter
    /// pattern is the address people use.
    /// </summary>
    public static IReadOnlyList<string> Patterns(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Page: e.Metadata.GetMetadata<PageActionDescriptor>()))
            .Where(e => e.Page is not null)
            .GroupBy(e => e.Page!.ViewEnginePath, StringComparer.Ordinal)
            .Select(page => page.Select(e => e.Endpoint.RoutePattern.RawText ?? "").MinBy(pattern => pattern.Length)!)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The path of <paramref name="pattern"/> with each parameter taken from <paramref name="values"/>.</summary>
    public static string PathOf(string pattern, IReadOnlyDictionary<string, string> values)
    {
        var segments = RoutePatternFactory.Parse(pattern).PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => values.TryGetValue(parameter.Name, out var value)
                ? Uri.EscapeDataString(value)
                : throw new InvalidOperationException($"No value for {{{parameter.Name}}} of the page route «{pattern}»."),
            _ => throw new InvalidOperationException($"Unexpected part of the page route «{pattern}»."),
        })));
        return "/" + string.Join('/', segments);
    }
}
