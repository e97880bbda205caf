using System.Collections.Concurrent;
using Microsoft.Playwright;
using Palermo.Testing;

namespace Palermo.Browser.Tests.Infrastructure;

/// <summary>
/// One running Palermo and one Chromium shared by every test of the assembly (each costs seconds to start).
/// Tests get isolated browser contexts, so cookies never leak from one test to another.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _signedInStates = new(StringComparer.Ordinal);
    private PalermoOnKestrel? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The running app's services, for checking what reached the database.</summary>
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The browser session has not started.");

    private IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser session has not started.");

    public async ValueTask InitializeAsync()
    {
        _app = new PalermoOnKestrel(await TestDatabase.CreateAsync(DatabaseEngine.Sqlite));
        BaseAddress = _app.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(Chromium.LaunchOptions());
        Assertions.SetDefaultExpectTimeout(Patience.Milliseconds);
    }

    /// <summary>A fresh context (own cookies) whose browser asks for <paramref name="locale"/> (Accept-Language).</summary>
    public async Task<IBrowserContext> NewContextAsync(string locale = "en-GB", string? storageState = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = locale,
            StorageState = storageState,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(Patience.Milliseconds);
        return context;
    }

    /// <summary>A context already signed in as <paramref name="email"/> (signed in through the form once, then reused).</summary>
    public async Task<IBrowserContext> SignedInContextAsync(string email, string locale = "en-GB")
    {
        var signIn = _signedInStates.GetOrAdd(email, e => new Lazy<Task<string>>(() => SignInOnceAsync(e)));
        string state;
        try
        {
            state = await signIn.Value;
        }
        catch
        {
            // A failed sign-in is not remembered: the next test tries again instead of failing on a stale error.
            _signedInStates.TryRemove(new KeyValuePair<string, Lazy<Task<string>>>(email, signIn));
            throw;
        }
        return await NewContextAsync(locale, state);
    }

    private async Task<string> SignInOnceAsync(string email)
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login?culture=en");
        await page.GetByLabel("Email address", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(PalermoOnKestrel.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await SessionCookie.WaitAsync(context, page, email);
        // Sign-in remembers the sign-in page's language in a cookie; each test's context chooses its own language.
        await context.ClearCookiesAsync(new() { Name = ".AspNetCore.Culture" });
        return await context.StorageStateAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
    }
}
