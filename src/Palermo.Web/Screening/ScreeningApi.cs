using Microsoft.AspNetCore.Http.HttpResults;
using Palermo.Accounts;
using Palermo.Data;
using Palermo.Screening;
using Palermo.Web.Accounts;
using Palermo.Web.Api;

namespace Palermo.Web.Screening;

/// <summary>
/// The labour-exploitation screening guide as an API. Evaluating is open to everyone; saving the anonymous
/// record needs an account. Request bodies are never logged: they describe a person's situation.
/// </summary>
public static class ScreeningApi
{
    public static void MapScreeningApi(this RouteGroupBuilder v1)
    {
        var screening = v1.MapGroup("/screening").WithTags("Screening");

        screening.MapPost("/labour-assessments", AssessAsync).AllowAnonymous();

        // The edition in force, for the offline guide (the service worker caches it).
        screening.MapGet("/labour-catalogue", async (LabourCatalogueStore store, CancellationToken cancellationToken) =>
            TypedResults.Bytes((await store.CurrentAsync(cancellationToken)).ClientJson, "application/json")).AllowAnonymous();
        screening.MapScreeningCatalogueApi();
        screening.MapReferralContactsApi();

        screening.MapGet("/labour-assessments/statistics", async (string? country, DateOnly? from, DateOnly? to, PalermoDbContext db, CancellationToken cancellationToken) =>
                TypedResults.Ok(await LabourAssessmentStatistics.ComputeAsync(db, new StatisticsFilter(country, from, to), cancellationToken)))
            .RequirePermission(ScreeningPermission.ReadStatistics);
    }

    private static async Task<Results<Ok<LabourAssessmentResponse>, ProblemHttpResult>> AssessAsync(
        LabourAssessmentRequest request, HttpContext http, LabourCatalogueStore store, Problems problems, CancellationToken cancellationToken)
    {
        var catalogue = await store.CurrentAsync(cancellationToken);
        var save = request.Save == true;
        if (save && http.User.Identity?.IsAuthenticated != true)
            return problems.Create(StatusCodes.Status401Unauthorized, "screening-save-requires-sign-in");

        var evaluation = catalogue.Evaluator.Evaluate(request.Profile, request.ActPresent ?? false, request.Indicators);
        var invalid = new List<FieldError>(ScreeningProblems.From(evaluation.Errors));
        var recorder = save ? http.RequestServices.GetRequiredService<LabourAssessmentRecorder>() : null;
        if (recorder is not null)
            invalid.AddRange(await recorder.ValidateAsync(request.RecordInput, http.User.Country(), cancellationToken));
        if (invalid.Count > 0 || evaluation.Result is not { } result)
            return problems.Invalid(invalid);

        if (recorder is not null) await recorder.SaveAsync(result, request.RecordInput, http.User.Country(), cancellationToken);
        return TypedResults.Ok(LabourAssessmentResponse.From(result, recorder is not null));
    }
}
