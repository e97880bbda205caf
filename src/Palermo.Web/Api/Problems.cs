using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Palermo.Accounts;
using Palermo.Reporting;

namespace Palermo.Web.Api;

/// <summary>
/// RFC 9457 problem details whose title and detail are in the request's language. The <c>type</c> is a stable
/// code programs can switch on; <c>errors</c> names each offending field and value.
/// </summary>
public sealed class Problems(IStringLocalizer<SharedResource> text)
{
    public ProblemHttpResult Create(int status, string code, string? detail = null, IDictionary<string, object?>? extensions = null)
    {
        var ext = extensions ?? new Dictionary<string, object?>(StringComparer.Ordinal);
        ext["code"] = code;
        return TypedResults.Problem(
            statusCode: status,
            title: text["Problem." + code],
            detail: detail,
            type: $"https://palermo.un.invalid/problems/{code}",
            extensions: ext);
    }

    /// <summary>
    /// A 400 for one query parameter: the title says what is wrong, the detail (resource «Detail.{code}», formatted
    /// with <paramref name="argument"/>) how to put it right, and <c>field</c> names the parameter.
    /// </summary>
    public ProblemHttpResult BadParameter(string code, string field, object? argument = null) =>
        Create(StatusCodes.Status400BadRequest, code,
            string.Format(System.Globalization.CultureInfo.CurrentCulture, text["Detail." + code], argument),
            new Dictionary<string, object?>(StringComparer.Ordinal) { ["field"] = field });

    public ProblemHttpResult NotFound(string code = "not-found") => Create(StatusCodes.Status404NotFound, code);

    public ProblemHttpResult Invalid(IEnumerable<AccountProblem> problems, string code = "invalid-input")
    {
        var errors = problems.Select(p => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["field"] = p.Field, ["code"] = p.Code, ["value"] = p.Value,
            ["message"] = string.Format(System.Globalization.CultureInfo.CurrentCulture, text["Error." + p.Code], p.Value ?? ""),
        }).ToList();
        return Create(StatusCodes.Status400BadRequest, code,
            string.Join(" ", errors.Select(e => (string?)e["message"])),
            new Dictionary<string, object?>(StringComparer.Ordinal) { ["errors"] = errors });
    }

    /// <summary>Refused answers: each error names the question and the value as sent.</summary>
    public ProblemHttpResult InvalidAnswers(IEnumerable<AnswerProblem> problems, string code = "invalid-answers")
    {
        var errors = problems.Select(p => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["question"] = p.Question, ["field"] = p.Question, ["code"] = p.Code, ["value"] = p.Value,
            ["message"] = string.Format(System.Globalization.CultureInfo.CurrentCulture, text["Error.answer-" + p.Code], p.Question, p.Value),
        }).ToList();
        return Create(StatusCodes.Status400BadRequest, code,
            string.Join(" ", errors.Select(e => (string?)e["message"])),
            new Dictionary<string, object?>(StringComparer.Ordinal) { ["errors"] = errors });
    }
}
