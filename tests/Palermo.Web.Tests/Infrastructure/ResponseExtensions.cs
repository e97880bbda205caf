namespace Palermo.Web.Tests.Infrastructure;

public static class ResponseExtensions
{
    private static readonly Uri Base = new("http://localhost");

    /// <summary>The path a redirect points to, whether the Location header is absolute or relative.</summary>
    public static string RedirectPath(this HttpResponseMessage response) =>
        new Uri(Base, response.Headers.Location ?? throw new InvalidOperationException("Not a redirect.")).AbsolutePath;
}
