using Microsoft.AspNetCore.Http.HttpResults;
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

        screening.MapPost("/labour-assessments", AssessAsync).AllowAnonymous()
            .WithName("AssessLabourExploitation").WithSummary("Screen for labour exploitation; with «save», keep the anonymous record (signed in)");
        // The edition in force, for the offline guide (the service worker caches it).
        screening.MapGet("/labour-catalogue", ClientCatalogueAsync).AllowAnonymous()
            .WithName("GetLabourCatalogueForClient").WithSummary("The catalogue in force as the offline guide reads it");
        screening.MapScreeningCatalogueApi();
        screening.MapReferralContactsApi();
        screening.MapGet("/labour-assessments/statistics", StatisticsAsync).RequirePermission(ScreeningPermission.ReadStatistics)
            .WithName("GetScreeningStatistics").WithSummary("Counts of saved anonymous records: the secretariat's for all countries, a focal point's for their own");
    }

    public static async Task<Results<Ok<LabourAssessmentResponse>, ProblemHttpResult>> AssessAsync(
        LabourAssessmentRequest request, HttpContext http, LabourAssessmentRecorder recorder, Problems problems, CancellationToken cancellationToken)
    {
        var ask = new LabourAssessmentAsk(request.Profile, request.ActPresent ?? false, request.Indicators, request.Save == true, request.RecordInput);
        var outcome = await recorder.AssessAsync(http.Actor(), ask, cancellationToken);
        return outcome.Succeeded ? TypedResults.Ok(LabourAssessmentResponse.From(outcome.Value.Result, outcome.Value.Saved)) : problems.From(outcome.Problem);
    }

    public static async Task<FileContentHttpResult> ClientCatalogueAsync(LabourCatalogueStore store, CancellationToken cancellationToken) =>
        TypedResults.Bytes((await store.CurrentAsync(cancellationToken)).ClientJson, "application/json");

    public static async Task<Results<Ok<ScreeningStatistics>, ProblemHttpResult>> StatisticsAsync(string? country, DateOnly? from, DateOnly? to,
        HttpContext http, LabourAssessmentStatistics statistics, Problems problems, CancellationToken cancellationToken)
    {
        var outcome = await statistics.ComputeAsync(http.Actor(), new StatisticsFilter(country, from, to), cancellationToken);
        return outcome.Succeeded ? TypedResults.Ok(outcome.Value) : problems.From(outcome.Problem);
    }
}
