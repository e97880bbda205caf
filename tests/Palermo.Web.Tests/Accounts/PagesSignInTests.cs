using System.Net;
using Palermo.Testing;
using Palermo.Web.Tests.Infrastructure;

namespace Palermo.Web.Tests.Accounts;

public class PagesSignInTests(WebApps apps)
{
    [Theory, AllDatabases]
    public async Task A_focal_point_signs_in_on_the_page_and_sees_their_country(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var client = await SignIn.Cookie(app, "focal.jor@demo.test", culture: "ar");

        var home = await client.GetStringAsync("/?culture=ar");

        Assert.Contains("Focal point JOR", home, StringComparison.Ordinal);
        Assert.Contains("جهة الوصل الوطنية", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/countries/JOR\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_of_the_sign_in_page_stays_after_sign_in()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var client = await SignIn.Cookie(app, "officer.jor@demo.test", culture: "ar");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var home = await client.GetStringAsync("/");

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_out_button_in_the_header_signs_out()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var client = await SignIn.Cookie(app, "partner@demo.test");
        var home = await client.GetStringAsync("/");
        var header = home[..home.IndexOf("<main", StringComparison.Ordinal)];

        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(header),
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Theory, AllDatabases]
    public async Task A_wrong_password_on_the_page_gets_the_generic_message_in_the_language(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var email = await SignIn.NewAccountAsync(app, "Right-Password-2026");
        var client = app.Anonymous();
        var form = await client.GetStringAsync("/account/login?culture=fr");

        var response = await client.PostAsync("/account/login?culture=fr", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "wrong-password",
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(form),
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("L'adresse électronique ou le mot de passe est incorrect.", html, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("palermo.auth=", StringComparison.Ordinal)));
    }

    [Theory, AllDatabases]
    public async Task Admin_pages_send_strangers_to_sign_in_and_refuse_wrong_roles(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var anonymous = await app.Anonymous().GetAsync("/admin/audit");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/login", anonymous.RedirectPath(), StringComparison.Ordinal);

        var contributor = await SignIn.Cookie(app, "contributor.phl@demo.test");
        var refused = await contributor.GetAsync("/admin/audit");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/access-denied", refused.RedirectPath(), StringComparison.Ordinal);
    }
}
