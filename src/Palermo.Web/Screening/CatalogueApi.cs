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
        screening.MapGet("/catalogue", CurrentAsync).AllowAnonymous()
            .WithName("GetLabourCatalogue").WithSummary("The labour-indicator catalogue in force, with its wording in the six languages");
        screening.MapGet("/catalogue/versions", VersionsAsync).RequirePermission(ScreeningPermission.ReadCatalogueHistory)
            .WithName("ListLabourCatalogueVersions").WithSummary("Every edition of the catalogue, newest first, with who changed what");
        screening.MapGet("/catalogue/versions/{version:int}", VersionAsync).RequirePermission(ScreeningPermission.ReadCatalogueHistory)
            .WithName("GetLabourCatalogueVersion").WithSummary("One earlier edition of the catalogue");
        screening.MapPut("/catalogue", SaveAsync).RequirePermission(ScreeningPermission.EditCatalogue)
            .WithName("EditLabourCatalogue").WithSummary("Change weights or wording: a new edition, or 409 when based on an older one");
    }

    public static async Task<Ok<CatalogueDocument>> CurrentAsync(LabourCatalogueStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(CatalogueDocument.From(await store.CurrentAsync(cancellationToken), null));

    public static async Task<Ok<List<CatalogueVersionView>>> VersionsAsync(LabourCatalogueStore store, CancellationToken cancellationToken)
    {
        var versions = await store.VersionsAsync(cancellationToken);
        var current = versions.Count == 0 ? 0 : versions[0].Version;
        return TypedResults.Ok(versions.Select(v => CatalogueVersionView.From(v, current)).ToList());
    }

    public static async Task<Results<Ok<CatalogueDocument>, ProblemHttpResult>> VersionAsync(
        int version, LabourCatalogueStore store, Problems problems, CancellationToken cancellationToken) =>
        await store.GetAsync(version, cancellationToken) is { } edition ? TypedResults.Ok(CatalogueDocument.From(edition, null)) : problems.NotFound();

    public static async Task<Results<Ok<CatalogueSaveView>, ProblemHttpResult>> SaveAsync(
        LabourCatalogueEdit edit, HttpContext http, LabourCatalogueStore store, Problems problems, CancellationToken cancellationToken)
    {
        var outcome = await store.SaveAsync(http.Actor(), edit, http.User.Identity?.Name, cancellationToken);
        if (!outcome.Succeeded)
            return problems.From(outcome.Problem, outcome.Problem.Current is { } current
                ? new Dictionary<string, object?>(StringComparer.Ordinal) { ["version"] = current }
                : null);
        var saved = outcome.Value;
        var edition = await store.GetAsync(saved.Version.Version, cancellationToken)
            ?? throw new InvalidOperationException("A saved catalogue version could not be read back.");
        return TypedResults.Ok(new CatalogueSaveView(saved.Created, saved.Changes, CatalogueDocument.From(edition, saved.Version.CreatedAt)));
    }
}
