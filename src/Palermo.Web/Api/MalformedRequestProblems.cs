using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;

namespace Palermo.Web.Api;

/// <summary>
/// A request the framework cannot bind — <c>page=abc</c>, a number too large, a body that is not JSON or has a text
/// where a list belongs — is the client's mistake: a localized 400 problem naming the field, never a 500. (Minimal
/// APIs throw <see cref="BadHttpRequestException"/> for it in Development and answer an empty 400 elsewhere; with
/// <c>ThrowOnBadRequest</c> always on, both come here.)
/// </summary>
public sealed partial class MalformedRequestProblems(IStringLocalizer<SharedResource> text) : IExceptionHandler
{
    public const string Code = "malformed-request";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // People's pages keep their localized error page; this answer is for programs.
        if (exception is not BadHttpRequestException bad || !Hosting.ApiAwareCookies.IsApi(httpContext.Request)) return false;
        if (bad.StatusCode != StatusCodes.Status400BadRequest)
        {
            // 413 and the like: LocalizedStatusProblems gives them their code and title.
            await TypedResults.Problem(statusCode: bad.StatusCode).ExecuteAsync(httpContext);
            return true;
        }
        var field = FieldOf(bad);
        var detail = field is null ? text["Error.malformed-body"] : string.Format(System.Globalization.CultureInfo.CurrentCulture, text["Error.malformed-field"], field);
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (field is not null) extensions["field"] = field;
        await httpContext.RequestServices.GetRequiredService<Problems>()
            .Create(StatusCodes.Status400BadRequest, Code, detail, extensions).ExecuteAsync(httpContext);
        return true;
    }

    /// <summary>
    /// The offending field as a client names it: the JSON path inside a body (<c>countries</c>, <c>articles[2]</c>),
    /// else the parameter from the framework's message (<c>Failed to bind parameter "int? Page" from …</c> → <c>page</c>).
    /// Never the value sent, which may be anything.
    /// </summary>
    private static string? FieldOf(BadHttpRequestException bad)
    {
        if (bad.InnerException is JsonException { Path: { Length: > 1 } path } && path.StartsWith("$.", StringComparison.Ordinal))
            return path[2..];
        if (bad.InnerException is JsonException || bad.Message.Contains("body", StringComparison.Ordinal)) return null;
        var match = ParameterName().Match(bad.Message);
        if (!match.Success) return null;
        var name = match.Groups["name"].Value;
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    [GeneratedRegex(@"parameter ""(?:[^""]* )?(?<name>[A-Za-z_][A-Za-z0-9_]*)""")]
    private static partial Regex ParameterName();
}
