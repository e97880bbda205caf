using System.Globalization;
using Microsoft.Extensions.Localization;
using Palermo.Screening;

namespace Palermo.Web.Screening;

/// <summary>Why a catalogue save was refused, in the reader's language; empty when it was not.</summary>
public static class CatalogueSaveMessages
{
    public static IReadOnlyList<string> Errors(CatalogueSaveOutcome outcome, IStringLocalizer<SharedResource> text)
    {
        if (outcome.ConflictVersion is { } current)
            return [string.Format(CultureInfo.CurrentCulture, text["Error." + CatalogueEditErrorCodes.VersionConflict], current)];
        if (outcome.Saved is null)
            return [.. outcome.Problems.Select(p => string.Format(CultureInfo.CurrentCulture, text["Error." + p.Code], p.Value ?? ""))];
        return [];
    }
}
