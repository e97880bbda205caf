using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using Palermo.Accounts;
using Palermo.Testing;
using Palermo.Web.Tests.Infrastructure;

namespace Palermo.Web.Tests.Accounts;

public class AuthApiTests(WebApps apps)
{
    [Theory, AllDatabases]
    public async Task Login_answers_a_bearer_token_that_opens_the_api(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var client = app.Anonymous();

        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "focal.egy@demo.test", password = PalermoWebFactory.DemoPassword });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Bearer", token.GetProperty("tokenType").GetString());
        Assert.True(token.GetProperty("expiresIn").GetInt32() > 0);
        Assert.False(string.IsNullOrEmpty(token.GetProperty("refreshToken").GetString()));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal("EGY", me.GetProperty("country").GetString());
        Assert.Contains("FocalPoint", me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        var refreshed = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = token.GetProperty("refreshToken").GetString() });
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.False(string.IsNullOrEmpty((await refreshed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()));
    }

    [Theory, AllDatabases]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_generic_localized_401(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var client = app.Anonymous();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ar");

        var email = await SignIn.NewAccountAsync(app, "Right-Password-2026");
        var wrong = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "Not-The-Password-1" });
        var unknown = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "nobody@demo.test", password = "Not-The-Password-1" });

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        var first = await wrong.Content.ReadFromJsonAsync<JsonElement>();
        var second = await unknown.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(first.GetProperty("title").GetString(), second.GetProperty("title").GetString());
        Assert.Equal("عنوان البريد الإلكتروني أو كلمة المرور غير صحيحة.", first.GetProperty("title").GetString());
        Assert.False(first.TryGetProperty("accessToken", out _));
    }

    [Theory, AllDatabases]
    public async Task Missing_credentials_are_a_400_problem(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { email = "focal.egy@demo.test" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("credentials-required", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Theory, AllDatabases]
    public async Task Five_failures_lock_the_account_even_for_the_right_password(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var accounts = app.Services.CreateScope().ServiceProvider.GetRequiredService<AccountAdministration>();
        var email = $"lock.{engine}.{Guid.NewGuid():N}@example.org";
        Assert.True((await accounts.CreateAsync(new(email, PalermoRoles.Practitioner, null, null, "Lock", "Right-Password-2026"))).Succeeded);
        var client = app.Anonymous();

        for (var i = 0; i < 5; i++)
            await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "Wrong-Password-2026" });
        var right = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "Right-Password-2026" });

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Equal("locked-out", (await right.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Theory, AllDatabases]
    public async Task With_two_factor_on_a_login_needs_the_current_code(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        using var scope = app.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountAdministration>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PalermoUser>>();
        var email = $"totp.{engine}.{Guid.NewGuid():N}@example.org";
        var user = (await accounts.CreateAsync(new(email, PalermoRoles.SecretariatAnalyst, null, null, "Totp", "Right-Password-2026"))).Value!;
        await users.ResetAuthenticatorKeyAsync(user);
        var key = await users.GetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        var client = app.Anonymous();

        var withoutCode = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "Right-Password-2026" });
        var wrongCode = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "Right-Password-2026", twoFactorCode = "000000" });
        var code = new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();
        var rightCode = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "Right-Password-2026", twoFactorCode = code });

        Assert.Equal("two-factor-required", (await withoutCode.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, wrongCode.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rightCode.StatusCode);
    }

    [Fact]
    public async Task Outside_development_secretariat_accounts_must_enrol_in_two_factor_first()
    {
        await using var app = new PalermoWebFactory(await TestDatabase.CreateAsync(DatabaseEngine.Sqlite),
            new Dictionary<string, string?> { ["Palermo:RequireTwoFactorForPrivilegedRoles"] = "true" });
        var secretariat = await SignIn.Bearer(app, "secretariat@demo.test");
        var contributor = await SignIn.Bearer(app, "contributor.egy@demo.test");

        var blocked = await secretariat.GetAsync("/api/v1/users");
        Assert.Equal(HttpStatusCode.Forbidden, blocked.StatusCode);
        Assert.Equal("two-factor-enrolment-required", (await blocked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await contributor.GetAsync("/api/v1/me")).StatusCode);

        var page = await SignIn.Cookie(app, "officer.egy@demo.test");
        var redirected = await page.GetAsync("/countries");
        Assert.Equal("/account/two-factor", redirected.RedirectPath());
        var enrolment = System.Net.WebUtility.HtmlDecode(await page.GetStringAsync("/account/two-factor"));
        Assert.Contains("data:image/svg+xml;base64,", enrolment, StringComparison.Ordinal);
    }

    [Theory, AllDatabases]
    public async Task Passwords_and_tokens_never_reach_the_logs(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        const string password = "Secret-Log-Check-2026";
        var email = await SignIn.NewAccountAsync(app, password);
        var client = app.Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "Typo-" + password });

        Assert.NotEmpty(app.Logs.Lines);
        Assert.DoesNotContain(app.Logs.Lines, line => line.Contains(password, StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Lines, line => line.Contains(token[..40], StringComparison.Ordinal));
    }
}
