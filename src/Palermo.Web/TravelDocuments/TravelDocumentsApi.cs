using Palermo.Web.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Palermo.TravelDocuments;
using Palermo.Web.Api;

namespace Palermo.Web.TravelDocuments;

public sealed record MrzRequest(string? Mrz);

/// <summary>
/// Machine-readable-zone check for signed-in officers. The document's contents are personal data: they are
/// answered to the caller and nowhere else — never stored, logged or put in the audit trail.
/// </summary>
public static class TravelDocumentsApi
{
    public static void MapTravelDocumentsApi(this RouteGroupBuilder v1)
    {
        var documents = v1.MapGroup("/travel-documents").WithTags("Travel documents").RequirePermission(TravelDocumentsPermission.CheckMrz);

        documents.MapPost("/mrz", CheckMrz).WithName("CheckMrz")
            .WithSummary("Read and check a machine-readable zone; nothing of the document is kept");
    }

    public static Results<Ok<MrzResult>, ProblemHttpResult> CheckMrz(MrzRequest request, TimeProvider clock, Problems problems, IStringLocalizer<SharedResource> text)
    {
        var parsed = MrzParser.Parse(request.Mrz, clock);
        return parsed.Error is { } error ? NotAnMrz(error, problems, text) : TypedResults.Ok(parsed.Result!);
    }

    /// <summary>422 with a localized reason; <c>reason</c> adds the engine's exact wording (positions and lengths, no content).</summary>
    public static ProblemHttpResult NotAnMrz(MrzStructureError error, Problems problems, IStringLocalizer<SharedResource> text) =>
        problems.Create(StatusCodes.Status422UnprocessableEntity, error.Code, text["Mrz.Error." + error.Code],
            new Dictionary<string, object?>(StringComparer.Ordinal) { ["reason"] = error.Message });
}
