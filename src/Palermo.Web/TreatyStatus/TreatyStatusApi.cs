using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Palermo.TreatyStatus;
using Palermo.Web.Accounts;
using Palermo.Web.Api;
using Palermo.Web.Countries;

namespace Palermo.Web.TreatyStatus;

public sealed record ImportSummary(string Protocol, int Rows, DateOnly AsOf);

/// <summary>The secretariat replaces a protocol's status with the UN Treaty Collection's table (body: the table as text).</summary>
public static class TreatyStatusApi
{
    public const long MaxTableBytes = 1_000_000;

    public static void MapTreatyStatusApi(this RouteGroupBuilder v1)
    {
        v1.MapPost("/treaty-status/{protocol}/import", ImportAsync).RequirePermission(TreatyStatusPermission.Import).WithTags("Treaty status")
            .Accepts<string>("text/tab-separated-values", "text/csv", "text/plain")
            .WithName("ImportTreatyStatus").WithSummary("Replace a protocol's status with the UN Treaty Collection table: all rows or none");
    }

    public static async Task<Results<Ok<ImportSummary>, ProblemHttpResult>> ImportAsync(string protocol, string? asOf, HttpContext http,
        TreatyStatusService service, CountryDirectory directory, Problems problems, IStringLocalizer<SharedResource> text)
    {
        if (!Enum.TryParse<Protocol>(protocol, ignoreCase: true, out var parsedProtocol) || !Enum.IsDefined(parsedProtocol))
            return problems.From(ProblemCodes.UnknownProtocolPath.With(protocol));
        var asOfDate = DateOnly.FromDateTime(DateTime.UtcNow);
        if (asOf is not null && !DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOfDate))
            return problems.From(ProblemCodes.InvalidAsOf.With(asOf));
        if (http.Request.ContentLength > MaxTableBytes) return problems.From(ProblemCodes.FileTooLarge.With());

        using var reader = new StreamReader(http.Request.Body);
        var table = await reader.ReadToEndAsync(http.RequestAborted);
        var result = await service.ImportUntcTableAsync(http.Actor(), parsedProtocol, table, asOfDate, http.RequestAborted);
        if (!result.Succeeded) return ImportProblems.Describe(problems, text, result.Problem);
        directory.Invalidate();
        return TypedResults.Ok(new ImportSummary(result.Value.Protocol.ToString(), result.Value.RowCount, result.Value.AsOf));
    }
}

/// <summary>Line-numbered, localized import problems, shared by the API and the import page.</summary>
public static class ImportProblems
{
    public static string Message(IStringLocalizer text, ImportProblem problem) =>
        string.Format(CultureInfo.CurrentCulture, text["Import.LineProblem"], problem.Line,
            string.Format(CultureInfo.CurrentCulture, text["Import." + problem.Code], problem.Value));

    /// <summary>One line per bad row of a rejected table; any other refusal as its title.</summary>
    public static IReadOnlyList<string> Messages(IStringLocalizer text, Problem problem) =>
        problem.Code == ProblemCodes.ImportRejected
            ? TreatyStatusImportProblems.LinesOf(problem).Select(p => Message(text, p)).ToList()
            : text.Messages(problem);

    /// <summary>A rejected table keeps its answer: «import-rejected» with every bad line in <c>errors</c>.</summary>
    public static ProblemHttpResult Describe(Problems problems, IStringLocalizer text, Problem problem) =>
        problem.Code != ProblemCodes.ImportRejected
            ? problems.From(problem)
            : problems.Create(StatusCodes.Status400BadRequest, problem.Code.Code, text["Import.NothingApplied"],
                new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["errors"] = TreatyStatusImportProblems.LinesOf(problem)
                        .Select(p => new { line = p.Line, code = p.Code, value = p.Value, message = Message(text, p) }).ToList(),
                });
}
