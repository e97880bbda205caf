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
        v1.MapPost("/treaty-status/{protocol}/import", async Task<Results<Ok<ImportSummary>, ProblemHttpResult>> (
            string protocol, string? asOf, HttpContext http, TreatyStatusService service, CountryDirectory directory,
            Problems problems, IStringLocalizer<SharedResource> text) =>
        {
            if (!Enum.TryParse<Protocol>(protocol, ignoreCase: true, out var parsedProtocol) || !Enum.IsDefined(parsedProtocol))
                return problems.Create(StatusCodes.Status404NotFound, "unknown-protocol", protocol);
            var asOfDate = DateOnly.FromDateTime(DateTime.UtcNow);
            if (asOf is not null && !DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOfDate))
                return problems.Create(StatusCodes.Status400BadRequest, "invalid-as-of", asOf);
            if (http.Request.ContentLength > MaxTableBytes)
                return problems.Create(StatusCodes.Status400BadRequest, "file-too-large");

            using var reader = new StreamReader(http.Request.Body);
            var table = await reader.ReadToEndAsync();
            var result = await service.ImportUntcTableAsync(parsedProtocol, table, asOfDate, http.User.Id());
            if (!result.Applied) return ImportProblems.Describe(problems, text, result.Problems);
            directory.Invalidate();
            return TypedResults.Ok(new ImportSummary(parsedProtocol.ToString(), result.RowCount, asOfDate));
        }).RequirePermission(TreatyStatusPermission.Import).WithTags("Treaty status")
          .Accepts<string>("text/tab-separated-values", "text/csv", "text/plain");
    }
}

/// <summary>Line-numbered, localized import problems, shared by the API and the import page.</summary>
public static class ImportProblems
{
    public static string Message(IStringLocalizer text, ImportProblem problem) =>
        string.Format(CultureInfo.CurrentCulture, text["Import.LineProblem"], problem.Line,
            string.Format(CultureInfo.CurrentCulture, text["Import." + problem.Code], problem.Value));

    public static ProblemHttpResult Describe(Problems problems, IStringLocalizer text, IReadOnlyList<ImportProblem> found) =>
        problems.Create(StatusCodes.Status400BadRequest, "import-rejected", text["Import.NothingApplied"],
            new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["errors"] = found.Select(p => new { line = p.Line, code = p.Code, value = p.Value, message = Message(text, p) }).ToList(),
            });
}
