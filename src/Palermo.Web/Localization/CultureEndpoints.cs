namespace Palermo.Web.Localization;

/// <summary>The language switcher's target: remembers the choice in a cookie and goes back to the page.</summary>
public static class CultureEndpoints
{
    public static void MapCultureSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet("/culture/{code}", (string code, string? returnUrl, HttpContext http) =>
        {
            if (!PalermoLanguages.IsSupported(code)) return Results.NotFound();
            CultureCookie.Remember(http.Response, code);
            var target = Hosting.LocalReturnUrl.IsSafe(returnUrl) ? WithoutCultureQuery(returnUrl!) : "/";
            // Dropping the culture re-encodes the query; what comes out must still be local, or home.
            return Results.LocalRedirect(Hosting.LocalReturnUrl.OrHome(target));
        }).ExcludeFromDescription();

    /// <summary>A culture in the old URL would override the new cookie, so it is dropped.</summary>
    private static string WithoutCultureQuery(string url)
    {
        var question = url.IndexOf('?', StringComparison.Ordinal);
        if (question < 0) return url;
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(url[question..]);
        var kept = query.Where(q => q.Key is not ("culture" or "lang"))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)));
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(url[..question], kept);
    }
}
