using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Palermo.Data;
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
        var questionnaires = v1.MapGroup("/questionnaires").WithTags("Reporting").RequireAuthorization(AuthorizationPolicies.Secretariat);

        questionnaires.MapGet("/", async (PalermoDbContext db) =>
            TypedResults.Ok((await db.Questionnaires.AsNoTracking().OrderBy(q => q.Code).ThenBy(q => q.Version).ToListAsync())
                .Select(q => new QuestionnaireView(q.Id, q.Code, q.Version, q.Protocol.ToString(), LanguageCompleteness.IncompleteLanguages(q.Parse()))).ToList()));

        questionnaires.MapGet("/{id:int}/xlsform", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (
            int id, PalermoDbContext db, Problems problems, IStringLocalizerFactory localizers) =>
        {
            var questionnaire = await db.Questionnaires.AsNoTracking().FirstOrDefaultAsync(q => q.Id == id);
            if (questionnaire is null) return problems.NotFound();
            var text = localizers.Create(typeof(SharedResource));
            string YesNo(string language, string code)
            {
                var previous = CultureInfo.CurrentUICulture;
                CultureInfo.CurrentUICulture = PalermoLanguages.Culture(language);
                try { return text["Reporting.Answer." + code]; }
                finally { CultureInfo.CurrentUICulture = previous; }
            }
            return TypedResults.File(XlsForm.Write(questionnaire.Parse(), YesNo), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                $"questionnaire-{questionnaire.Code}-v{questionnaire.Version}.xlsx");
        });

        questionnaires.MapPost("/xlsform", async Task<Results<Created<QuestionnaireView>, ProblemHttpResult>> (
            HttpContext http, PalermoDbContext db, Problems problems, IStringLocalizer<SharedResource> text, TimeProvider clock) =>
        {
            if (http.Request.ContentLength > MaxXlsxBytes) return problems.Create(StatusCodes.Status400BadRequest, "file-too-large");
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
                return problems.Create(StatusCodes.Status400BadRequest, "import-rejected", text["Import.NothingApplied"],
                    new Dictionary<string, object?>(StringComparer.Ordinal) { ["errors"] = errors });
            }
            if (await db.Questionnaires.AnyAsync(q => q.Code == definition.Code && q.Version == definition.Version))
                return problems.Create(StatusCodes.Status409Conflict, "questionnaire-exists", $"{definition.Code} v{definition.Version}");
            var questionnaire = new Questionnaire
            {
                Code = definition.Code, Version = definition.Version, Protocol = definition.Protocol,
                Definition = QuestionnaireJson.Write(definition), CreatedAt = clock.GetUtcNow(),
            };
            db.Questionnaires.Add(questionnaire);
            await db.SaveChangesAsync();
            return TypedResults.Created($"/api/v1/questionnaires/{questionnaire.Id}",
                new QuestionnaireView(questionnaire.Id, questionnaire.Code, questionnaire.Version, questionnaire.Protocol.ToString(), LanguageCompleteness.IncompleteLanguages(definition)));
        }).Accepts<byte[]>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }
}
