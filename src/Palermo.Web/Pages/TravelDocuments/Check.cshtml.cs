using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Palermo.TravelDocuments;

namespace Palermo.Web.Pages.TravelDocuments;

/// <summary>
/// The officers' MRZ check and the Arabic-name transliteration helper. Form posts, so the document text never
/// appears in a URL; it is answered and forgotten — nothing here logs or stores it.
/// </summary>
public sealed class CheckModel(TimeProvider clock, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty] public string? Mrz { get; set; }
    [BindProperty] public string? ArabicName { get; set; }

    public MrzResult? Result { get; private set; }
    public string? Error { get; private set; }
    public string? Transliteration { get; private set; }

    public void OnGet() { }

    public void OnPost()
    {
        var parsed = MrzParser.Parse(Mrz, clock);
        if (parsed.Error is { } error)
            Error = text["Mrz.Error." + error.Code];
        else
            Result = parsed.Result;
    }

    public void OnPostTransliterate()
    {
        Transliteration = string.IsNullOrWhiteSpace(ArabicName) ? null : IcaoTransliteration.FromArabic(ArabicName);
    }

    /// <summary>Field name, display value, in the order an officer reads a document.</summary>
    public static IEnumerable<(string Name, string? Value)> Fields(MrzFields fields)
    {
        yield return ("documentCode", fields.DocumentCode);
        yield return ("issuingState", fields.IssuingState);
        yield return ("surname", fields.Surname);
        yield return ("givenNames", fields.GivenNames);
        yield return ("documentNumber", fields.DocumentNumber);
        yield return ("nationality", fields.Nationality);
        yield return ("dateOfBirth", fields.DateOfBirth);
        yield return ("sex", fields.Sex);
        yield return ("dateOfExpiry", fields.DateOfExpiry);
        yield return ("optionalData", fields.OptionalData);
        if (fields.OptionalData2 is not null) yield return ("optionalData2", fields.OptionalData2);
    }
}
