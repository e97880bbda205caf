using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Accounts;
using Palermo.Data;
using Palermo.Testing;
using Palermo.Web.Tests.Infrastructure;

namespace Palermo.Web.Tests.Security;

/// <summary>
/// Walks every GET endpoint of the running app — API routes and pages — as users of another country
/// (and anonymously), with route values set to Italy's records, and checks that nothing of Italy's
/// non-public data comes back. New endpoints are walked automatically.
/// </summary>
public class CountryScopingWalkTests(WebApps apps)
{
    [Theory, AllDatabases]
    public async Task No_endpoint_reveals_another_countrys_non_public_data(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var secretariat = await SignIn.Bearer(app, "secretariat@demo.test");
        var invitee = $"secret.invitee.{Guid.NewGuid():N}@example.org";
        (await secretariat.PostAsJsonAsync("/api/v1/invitations", new { email = invitee, role = "Contributor", country = "ITA", language = "fr" })).EnsureSuccessStatusCode();

        var (markers, routeValues) = await ItalysSecretsAsync(app, invitee);
        var endpoints = GetEndpoints(app);
        Assert.Contains(endpoints, e => e == "/api/v1/users/{id}");
        Assert.Contains(endpoints, e => e == "/admin/users");

        var visitors = new Dictionary<string, (HttpClient Api, HttpClient Pages)>
        {
            ["anonymous"] = (app.Anonymous(), app.Anonymous()),
            ["focal.egy"] = (await SignIn.Bearer(app, "focal.egy@demo.test"), await SignIn.Cookie(app, "focal.egy@demo.test")),
            ["contributor.mex"] = (await SignIn.Bearer(app, "contributor.mex@demo.test"), await SignIn.Cookie(app, "contributor.mex@demo.test")),
            ["officer.nga"] = (await SignIn.Bearer(app, "officer.nga@demo.test"), await SignIn.Cookie(app, "officer.nga@demo.test")),
            ["partner"] = (await SignIn.Bearer(app, "partner@demo.test"), await SignIn.Cookie(app, "partner@demo.test")),
        };

        var requests = 0;
        foreach (var template in endpoints)
        foreach (var path in Expand(template, routeValues))
        foreach (var (who, clients) in visitors)
        {
            var client = path.StartsWith("/api/", StringComparison.Ordinal) ? clients.Api : clients.Pages;
            var response = await client.GetAsync(path);
            requests++;
            var body = await response.Content.ReadAsStringAsync();
            // A value echoed from the request's own URL reveals nothing; anything else of Italy's does.
            foreach (var marker in markers.Where(m => !Uri.UnescapeDataString(path).Contains(m, StringComparison.OrdinalIgnoreCase)))
                Assert.False(body.Contains(marker, StringComparison.OrdinalIgnoreCase),
                    $"{who} GET {path} ({(int)response.StatusCode}) revealed Italy's non-public '{marker}'.");
            Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        }
        Assert.True(requests > 50, $"only {requests} requests were made");
        Assert.True(endpoints.Any(e => e.TrimEnd('/') == "/api/v1/cycles/{id}/submissions/{iso3}"), string.Join(" ", endpoints));

        // The same walk as Italy's own focal point does find Italy's people: the markers are real.
        var italy = await SignIn.Bearer(app, "focal.ita@demo.test");
        var own = await italy.GetStringAsync("/api/v1/users");
        Assert.Contains("contributor.ita@demo.test", own, StringComparison.Ordinal);
        Assert.Contains(invitee, await italy.GetStringAsync("/api/v1/invitations"), StringComparison.Ordinal);
    }

    private static async Task<(List<string> Markers, Dictionary<string, List<string>> RouteValues)> ItalysSecretsAsync(PalermoWebFactory app, string invitee)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PalermoDbContext>();
        var users = await db.Users.IgnoreQueryFilters().Where(u => u.CountryIso3 == "ITA").ToListAsync();
        var invitations = await db.Invitations.IgnoreQueryFilters().Where(i => i.CountryIso3 == "ITA").ToListAsync();
        List<string> markers = [.. users.SelectMany(u => new[] { u.Email!, u.Id, u.DisplayName }).Concat(users.Where(u => u.Agency != null).Select(u => u.Agency!))
            .Concat(invitations.SelectMany(i => new[] { i.Email, i.Id.ToString() }))
            .Append(invitee)
            .Distinct()];
        // Italy's reporting submissions carry a comment only Italy and the secretariat may read.
        var comment = $"Italy-only comment {Guid.NewGuid():N}";
        var submissions = await db.Submissions.IgnoreQueryFilters().Where(s => s.CountryIso3 == "ITA").ToListAsync();
        foreach (var submission in submissions) submission.ReturnComments = comment;
        await db.SaveChangesAsync();
        if (submissions.Count > 0) markers.Add(comment);
        var cycles = await db.Cycles.Select(c => c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToListAsync();

        var ids = users.Select(u => u.Id).Concat(invitations.Select(i => i.Id.ToString())).Append("ITA").Append("ita")
            .Concat(cycles).Concat(submissions.Select(s => s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).Distinct().ToList();
        return (markers, new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase) { ["*"] = ids });
    }

    /// <summary>Route templates of every GET API endpoint and every page.</summary>
    private static List<string> GetEndpoints(PalermoWebFactory app)
    {
        var sources = app.Services.GetRequiredService<EndpointDataSource>();
        return sources.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null
                        || (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") ?? false))
            // Constraints ({id:int}) are dropped from the template: every parameter gets Italy's values alike.
            .Select(e => "/" + System.Text.RegularExpressions.Regex.Replace(e.RoutePattern.RawText!.TrimStart('/'), "\\{([^}:?]+)[^}]*\\}", "{$1}"))
            .Where(t => !t.StartsWith("/culture", StringComparison.Ordinal))
            .Distinct()
            .ToList();
    }

    private static IEnumerable<string> Expand(string template, Dictionary<string, List<string>> routeValues)
    {
        var start = template.IndexOf('{', StringComparison.Ordinal);
        if (start < 0)
        {
            yield return template;
            yield break;
        }
        var end = template.IndexOf('}', start);
        foreach (var value in routeValues["*"])
        foreach (var rest in Expand(template[(end + 1)..], routeValues))
            yield return template[..start] + Uri.EscapeDataString(value) + rest;
    }
}
