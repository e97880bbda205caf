using System.Net.Http.Json;
using System.Text.Json;
using Palermo.Testing;
using Palermo.Web.Tests.Infrastructure;

namespace Palermo.Web.Tests.Audit;

public class AuditApiTests(WebApps apps)
{
    [Theory, AllDatabases]
    public async Task An_action_through_the_api_is_in_the_trail_with_user_and_address_and_the_chain_verifies(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var focal = await SignIn.Bearer(app, "focal.mex@demo.test");
        var email = $"audit.{Guid.NewGuid():N}@example.org";
        (await focal.PostAsJsonAsync("/api/v1/invitations", new { email, role = "Contributor", language = "es" })).EnsureSuccessStatusCode();
        var analyst = await SignIn.Bearer(app, "analyst@demo.test");

        var trail = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/audit?action=Invitation.created&country=MEX");
        var entry = trail.GetProperty("entries").EnumerateArray().First();
        Assert.Equal("focal.mex@demo.test", entry.GetProperty("userName").GetString());
        Assert.False(string.IsNullOrEmpty(entry.GetProperty("ipAddress").GetString()));
        Assert.Equal("MEX", entry.GetProperty("countryIso3").GetString());
        Assert.DoesNotContain(email, trail.GetRawText(), StringComparison.Ordinal);

        var verification = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify");
        Assert.True(verification.GetProperty("intact").GetBoolean());
        Assert.True(verification.GetProperty("entriesChecked").GetInt64() > 1);
    }

    [Fact]
    public async Task The_audit_page_filters_by_action()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var admin = await SignIn.Cookie(app, "secretariat@demo.test");

        var html = await admin.GetStringAsync("/admin/audit?Filter.Action=treaty-status&verify=true");

        Assert.Contains("treaty-status.seeded", html, StringComparison.Ordinal);
        Assert.DoesNotContain("PalermoUser.created", html, StringComparison.Ordinal);
        Assert.Contains("The chain is intact", html, StringComparison.Ordinal);
    }
}
