using System.Text;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace Palermo.Web.Api;

/// <summary>
/// A JSON body in a character set .NET cannot decode (<c>application/json; charset=ebcdic</c>) makes the framework throw
/// while binding, which used to answer 500. The client chose the encoding, so it is told so up front: 415, before any
/// endpoint runs and before anything is read or stored.
/// </summary>
public sealed class UnsupportedCharsetProblems(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, IStringLocalizer<SharedResource> text, Problems problems)
    {
        if (!IsUndecodableJson(http.Request.ContentType))
        {
            await next(http);
            return;
        }
        await problems.Create(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", text["Error.unsupported-charset"])
            .ExecuteAsync(http);
    }

    internal static bool IsUndecodableJson(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media)) return false;
        var type = media.MediaType.Value ?? "";
        var json = type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
        if (!json || media.Charset.Value is not { Length: > 0 } charset) return false;
        try
        {
            // The same lookup the framework's JSON reader makes (quotes allowed, as in charset="utf-8").
            _ = Encoding.GetEncoding(charset.Trim('"'));
            return false;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
