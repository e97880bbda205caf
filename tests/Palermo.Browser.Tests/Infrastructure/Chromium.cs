using Microsoft.Playwright;

namespace Palermo.Browser.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium, never a browser downloaded by Playwright: test.sh installs the package and exports
/// PALERMO_CHROMIUM. The flags keep it offline and quiet (no sync, updates or background fetches).
/// </summary>
public static class Chromium
{
    public static string ExecutablePath => Environment.GetEnvironmentVariable("PALERMO_CHROMIUM") ?? "/usr/bin/chromium";

    public static BrowserTypeLaunchOptions LaunchOptions() => new()
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    };
}
