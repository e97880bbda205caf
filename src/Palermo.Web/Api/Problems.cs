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

    /// <summary>The HTTP status of each kind of problem; the one place a Core refusal becomes a status code.</summary>
    public static int StatusOf(ProblemKind kind) => kind switch
    {
        ProblemKind.Invalid => StatusCodes.Status400BadRequest,
        ProblemKind.Unauthenticated => StatusCodes.Status401Unauthorized,
        ProblemKind.Forbidden => StatusCodes.Status403Forbidden,
        ProblemKind.NotFound => StatusCodes.Status404NotFound,
        ProblemKind.Conflict => StatusCodes.Status409Conflict,
        ProblemKind.PreconditionRequired => StatusCodes.Status428PreconditionRequired,
        _ => StatusCodes.Status400BadRequest,
    };

    /// <summary>A Core problem as RFC 9457 problem details: status from its kind, title from its code, refused fields as <c>errors</c>.</summary>
    public ProblemHttpResult From(Problem problem, IDictionary<string, object?>? extensions = null)
    {
        if (problem.FieldErrors.Count == 0) return Create(StatusOf(problem.Kind), problem.Code.Code, problem.Detail, extensions);
        var errors = problem.FieldErrors.Select(ErrorEntry).ToList();
        var ext = extensions ?? new Dictionary<string, object?>(StringComparer.Ordinal);
        ext["errors"] = errors;
        return Create(StatusOf(problem.Kind), problem.Code.Code, string.Join(" ", errors.Select(e => (string?)e["message"])), ext);
    }

    private Dictionary<string, object?> ErrorEntry(FieldError error)
    {
        var entry = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (error.IsAnswer) entry["question"] = error.Field;
        entry["field"] = error.Field;
        entry["code"] = error.Code;
        entry["value"] = error.Value;
        entry["message"] = text.Message(error);
        return entry;
    }

    public ProblemHttpResult Invalid(IEnumerable<FieldError> errors, string code = "invalid-input") =>
        From(new Problem(new ProblemCode(code, ProblemKind.Invalid), Errors: errors.ToList()));
}
