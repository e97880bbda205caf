using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Palermo.Web.Api;

/// <summary>
/// How a page shows a Core problem — the page side of <see cref="Problems"/>: a refusal of access becomes the same
/// answer the API gives (404, 403, sign-in), anything else a message in the reader's language beside the form.
/// </summary>
public static class PageProblems
{
    /// <summary>The response for a problem of access, or null when the page should show the problem as a message.</summary>
    public static IActionResult? Refusal(this PageModel page, Problem problem) => problem.Kind switch
    {
        ProblemKind.NotFound => page.NotFound(),
        ProblemKind.Forbidden => page.Forbid(),
        ProblemKind.Unauthenticated => page.Challenge(),
        _ => null,
    };

    /// <summary>What a person reads: one line per refused field, or the problem's title (with its detail when it names something).</summary>
    public static IReadOnlyList<string> Messages(this IStringLocalizer text, Problem problem)
    {
        if (problem.FieldErrors.Count > 0) return problem.FieldErrors.Select(e => Message(text, e)).ToList();
        var title = text["Problem." + problem.Code.Code].Value;
        return [problem.Detail is { Length: > 0 } detail && problem.Code == ProblemCodes.IncompleteLanguages ? $"{title} ({detail})" : title];
    }

    public static string Message(this IStringLocalizer text, FieldError error) => error.IsAnswer
        ? string.Format(System.Globalization.CultureInfo.CurrentCulture, text["Error.answer-" + error.Code], error.Field, error.Value)
        : string.Format(System.Globalization.CultureInfo.CurrentCulture, text["Error." + error.Code], error.Value ?? "");
}
