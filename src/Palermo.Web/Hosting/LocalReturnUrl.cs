namespace Palermo.Web.Hosting;

/// <summary>
/// Where a page may send someone back to: a path on this site, or home. <c>LocalRedirect</c> throws (a 500) for anything
/// it does not consider local, and browsers read <c>/\evil.example</c> or a path with TAB or CR/LF as another host, so
/// a backslash or any control character makes the address unsafe rather than an error.
/// </summary>
public static class LocalReturnUrl
{
    public static string OrHome(string? url) => IsSafe(url) ? url! : "/";

    public static bool IsSafe(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal)
        && !url.Contains('\\', StringComparison.Ordinal) && !url.Any(char.IsControl);
}
