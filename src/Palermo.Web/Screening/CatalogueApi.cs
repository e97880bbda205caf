using Microsoft.AspNetCore.Http.HttpResults;
using Palermo.Screening;
using Palermo.Web.Accounts;
using Palermo.Web.Api;

namespace Palermo.Web.Screening;

/// <summary>
/// The versioned labour-indicator catalogue: everyone reads the edition in force (the guide is public), the
/// secretariat reads the history, and a secretariat administrator edits weights and wording.
/// </summary>
public static class CatalogueApi
{
    public static void MapScreeningCatalogueApi(this RouteGroupBuilder screening)
    {
        screening.MapGet("/catalogue", async (LabourCatalogueStore store, CancellationToken cancellationToken) =>
            TypedResults.Ok(CatalogueDocument.From(await store.CurrentAsync(cancellationToken), null))).AllowAnonymous();

        screening.MapGet("/catalogue/versions", async (LabourCatalogueStore store, CancellationToken cancellationToken) =>
            {
                var versions = await store.VersionsAsync(cancellationToken);
                var current = versions.Count == 0 ? 0 : versions[0].Version;
                return TypedResults.Ok(versions.Select(v => CatalogueVersionView.From(v, current)).ToList());
            })
            .RequirePermission(ScreeningPermission.ReadCatalogueHistory);

        screening.MapGet("/catalogue/versions/{version:int}", async Task<Results<Ok<CatalogueDocument>, ProblemHttpResult>> (
                int version, LabourCatalogueStore store, Problems problems, CancellationToken cancellationToken) =>
                await store.GetAsync(version, cancellationToken) is { } edition
                    ? TypedResults.Ok(CatalogueDocument.From(edition, null))
                    : problems.NotFound())
            .RequirePermission(ScreeningPermission.ReadCatalogueHistory);

        screening.MapPut("/catalogue", SaveAsync).RequirePermission(ScreeningPermission.EditCatalogue);
    }

    private static async Task<Results<Ok<CatalogueSaveView>, ProblemHttpResult>> SaveAsync(
        LabourCatalogueEdit edit, HttpContext http, LabourCatalogueStore store, Problems problems, CancellationToken cancellationToken)
    {
        var outcome = await store.SaveAsync(edit, http.User.Id(), http.User.Identity?.Name, cancellationToken);
        if (outcome.ConflictVersion is { } current)
            return problems.Create(StatusCodes.Status409Conflict, CatalogueEditErrorCodes.VersionConflict,
                extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["version"] = current });
        if (outcome.Saved is not { } saved) return problems.Invalid(outcome.Problems);
        var edition = await store.GetAsync(saved.Version.Version, cancellationToken)
            ?? throw new InvalidOperationException("A saved catalogue version could not be read back.");
        return TypedResults.Ok(new CatalogueSaveView(saved.Created, saved.Changes, CatalogueDocument.From(edition, saved.Version.CreatedAt)));
    }
}
