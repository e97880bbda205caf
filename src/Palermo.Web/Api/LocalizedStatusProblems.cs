using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Palermo.Web.Api;

/// <summary>
/// Problems the framework writes by itself (400, 401, 403, 404, 405, 413, 415, 500 from status-code pages and the exception
/// handler) get a localized title and a stable code, like the ones Palermo writes.
/// </summary>
public static class LocalizedStatusProblems
{
    private static readonly Dictionary<int, string> CodeByStatus = new()
    {
        [StatusCodes.Status400BadRequest] = "bad-request",
        [StatusCodes.Status401Unauthorized] = "unauthorized",
        [StatusCodes.Status403Forbidden] = "forbidden",
        [StatusCodes.Status404NotFound] = "not-found",
        [StatusCodes.Status405MethodNotAllowed] = "method-not-allowed",
        [StatusCodes.Status413PayloadTooLarge] = "payload-too-large",
        [StatusCodes.Status415UnsupportedMediaType] = "unsupported-media-type",
        [StatusCodes.Status500InternalServerError] = "server-error",
    };

    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Extensions.ContainsKey("code")) return;
        if (problem.Status is not { } status || !CodeByStatus.TryGetValue(status, out var code)) return;
        var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        problem.Title = text["Problem." + code];
        problem.Type = $"https://palermo.un.invalid/problems/{code}";
        problem.Extensions["code"] = code;
        // Never echo exception messages: they may carry personal data.
        if (status >= 500) problem.Detail = null;
    }
}
