using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;

namespace Palermo.Web.Tests.Infrastructure;

/// <summary>Signs demo users in the two ways clients do: bearer token (programs) and cookie (people).</summary>
public static partial class SignIn
{
    public static async Task<HttpClient> Bearer(PalermoWebFactory app, string email, string password = PalermoWebFactory.DemoPassword)
    {
        var client = app.Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>
    /// A practitioner account of the test's own, for tests that fail to sign in: a failed attempt leaves a shared demo
    /// account a failed-access count that its next successful sign-in resets, and two tests signing that account in at
    /// once would race on the reset (one of them gets a 401).
    /// </summary>
    public static async Task<string> NewAccountAsync(PalermoWebFactory app, string password)
    {
        var email = $"own.{Guid.NewGuid():N}@example.org";
        using var scope = app.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<Palermo.Accounts.AccountAdministration>();
        var created = await accounts.CreateAsync(new(email, Palermo.Accounts.PalermoRoles.Practitioner, null, null, "Own", password));
        if (!created.Succeeded) throw new InvalidOperationException(string.Join(", ", created.Problem.FieldErrors));
        return email;
    }

    public static async Task<HttpClient> Cookie(PalermoWebFactory app, string email, string password = PalermoWebFactory.DemoPassword, string culture = "en")
    {
        var client = app.Anonymous();
        var form = await client.GetStringAsync($"/account/login?culture={culture}");
        var response = await client.PostAsync($"/account/login?culture={culture}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = AntiforgeryToken(form),
        }));
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)response.StatusCode}");
        return client;
    }

    public static string AntiforgeryToken(string html) =>
        TokenPattern().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("No antiforgery token in the form.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
