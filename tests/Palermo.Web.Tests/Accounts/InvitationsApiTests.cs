using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Data;
using Palermo.Testing;
using Palermo.Web.Tests.Infrastructure;

namespace Palermo.Web.Tests.Accounts;

public class InvitationsApiTests(WebApps apps)
{
    [Theory, AllDatabases]
    public async Task A_focal_point_invites_a_contributor_and_the_mail_lands_in_the_pickup_folder(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var focal = await SignIn.Bearer(app, "focal.nga@demo.test");
        var email = $"new.contributor.{Guid.NewGuid():N}@example.org";

        var response = await focal.PostAsJsonAsync("/api/v1/invitations", new { email, role = "Contributor", language = "en" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var invitation = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("NGA", invitation.GetProperty("country").GetString());
        var mail = Directory.GetFiles(Path.Combine(app.Database.DataDirectory, "mail-pickup"))
            .Select(File.ReadAllText).Single(m => m.Contains(email, StringComparison.Ordinal));
        Assert.Contains("/account/accept-invitation", mail, StringComparison.Ordinal);
        var listed = await focal.GetFromJsonAsync<JsonElement>("/api/v1/invitations");
        Assert.Contains(listed.EnumerateArray(), i => i.GetProperty("email").GetString() == email);
    }

    [Theory, AllDatabases]
    public async Task A_refused_invitation_names_each_problem_and_stores_nothing(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var focal = await SignIn.Bearer(app, "focal.phl@demo.test");
        focal.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        int Count()
        {
            using var scope = app.Services.CreateScope();
            // Only this request's invitation: other tests share the app and invite people concurrently.
            return scope.ServiceProvider.GetRequiredService<PalermoDbContext>().Invitations.IgnoreQueryFilters().Count(i => i.Email == "not-an-email");
        }
        var before = Count();

        var response = await focal.PostAsJsonAsync("/api/v1/invitations", new { email = "not-an-email", role = "SecretariatAdmin", country = "ITA", language = "de" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var codes = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ToList();
        Assert.Contains("invalid-email", codes);
        Assert.Contains("may-not-invite-role", codes);
        Assert.Contains("other-country", codes);
        Assert.Contains("unknown-language", codes);
        Assert.Contains("n'est pas une adresse électronique valide", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, Count());
    }
}
