using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Palermo.Reporting;
using Palermo.Web.Accounts;
using Palermo.Web.Api;

namespace Palermo.Web.Reporting;

public sealed record QuestionnaireView(int Id, string Code, int Version, string Protocol, IReadOnlyList<string> IncompleteLanguages);

/// <summary>Questionnaire versions for the secretariat, and their XLSForm export and import (an import applies whole or not at all).</summary>
public static class QuestionnairesApi
{
    public const long MaxXlsxBytes = 5_000_000;

    public static void MapQuestionnairesApi(this RouteGroupBuilder v1)
    {
        var questionnaires = v1.MapGroup("/questionnaires").WithTags("Reporting").RequirePermission(ReportingPermission.ManageCycles);
        questionnaires.MapGet("/", ListAsync).WithName("ListQuestionnaires").WithSummary("Every questionnaire and version, with the languages still incomplete");
        questionnaires.MapGet("/{id:int}/xlsform", ExportAsync).WithName("ExportXlsForm").WithSummary("A questionnaire as an XLSForm workbook");
        questionnaires.MapPost("/xlsform", ImportAsync).WithName("ImportXlsForm").WithSummary("Add a questionnaire from an XLSForm workbook; nothing is applied unless all of it is valid")
            .Accepts<byte[]>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    public static async Task<Ok<List<QuestionnaireView>>> ListAsync(QuestionnaireLibrary library) =>
        TypedResults.Ok((await library.ListAsync()).Select(View).ToList());

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(int id, QuestionnaireLibrary library, Problems problems,
        IStringLocalizerFactory localizers)
    {
        if (await library.FindAsync(id) is not { } questionnaire) return problems.NotFound();
        var text = localizers.Create(typeof(SharedResource));
        string YesNo(string language, string code)
        {
            var previous = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = PalermoLanguages.Culture(language);
            try { return text["Reporting.Answer." + code]; }
            finally { CultureInfo.CurrentUICulture = previous; }
        }
        return TypedResults.File(XlsForm.Write(questionnaire.Parse(), YesNo), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            $"questionnaire-{questionnaire.Code}-v{questionnaire.Version.ToString(CultureInfo.InvariantCulture)}.xlsx");
    }

    public static async Task<Results<Created<QuestionnaireView>, ProblemHttpResult>> ImportAsync(HttpContext http, QuestionnaireLibrary library,
        Problems problems, IStringLocalizer<SharedResource> text)
    {
        if (http.Request.ContentLength > MaxXlsxBytes) return problems.From(ProblemCodes.FileTooLarge.With());
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer);
        var (definition, found) = XlsForm.Read(buffer);
        if (definition is null || found.Count > 0 || QuestionnaireStructure.Problems(definition) is { Count: > 0 })
        {
            var errors = found.Select(p => new
            {
                sheet = p.Sheet, row = p.Row, column = p.Column, code = p.Code, value = p.Value,
                message = string.Format(CultureInfo.CurrentCulture, text["Reporting.XlsFormProblem"], p.Sheet, p.Row, p.Column, p.Code, p.Value),
            }).ToList<object>();
            if (definition is not null)
                errors.AddRange(QuestionnaireStructure.Problems(definition).Select(p => new { sheet = "survey", row = 0, column = "", code = "structure", value = p, message = p }));
            return problems.Create(StatusCodes.Status400BadRequest, ProblemCodes.ImportRejected.Code, text["Import.NothingApplied"],
                new Dictionary<string, object?>(StringComparer.Ordinal) { ["errors"] = errors });
        }
        var added = await library.AddAsync(definition);
        if (!added.Succeeded) return problems.From(added.Problem);
        return TypedResults.Created($"/api/v1/questionnaires/{added.Value.Id.ToString(CultureInfo.InvariantCulture)}", View(added.Value));
    }

    private static QuestionnaireView View(Questionnaire q) =>
        new(q.Id, q.Code, q.Version, q.Protocol.ToString(), LanguageCompleteness.IncompleteLanguages(q.Parse()));
}
