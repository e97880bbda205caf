using System.Globalization;
using Microsoft.Extensions.Localization;
using Palermo.Web.Api;

namespace Palermo.Web.Screening;

/// <summary>Why a catalogue save was refused, in the reader's language.</summary>
public static class CatalogueSaveMessages
{
    /// <summary>A conflict names the version in force, so the editor knows what to reload; anything else reads as any problem does.</summary>
    public static IReadOnlyList<string> Errors(Problem problem, IStringLocalizer<SharedResource> text) =>
        problem.Code == ProblemCodes.CatalogueVersionConflict
            ? [string.Format(CultureInfo.CurrentCulture, text["Error." + problem.Code.Code], problem.Current)]
            : text.Messages(problem);
}
