using Microsoft.EntityFrameworkCore;
using Palermo.Access;
using Palermo.Data;

namespace Palermo.Screening;

/// <summary>What a practitioner may say about the person screened when saving: coarse categories only.</summary>
public sealed record AnonymousRecordInput(string? Country, string? Sector, string? Sex, string? AgeGroup);

/// <summary>One screening as asked: the profile, the act (children only), the indicators ticked, and whether to keep the anonymous record.</summary>
public sealed record LabourAssessmentAsk(string? Profile, bool ActPresent, IEnumerable<string?>? Indicators, bool Save, AnonymousRecordInput Record);

/// <summary>The result of a screening, and the anonymous record when one was kept.</summary>
public sealed record LabourAssessment(ScreeningResult Result, LabourAssessmentRecord? Record)
{
    public bool Saved => Record is not null;
}

/// <summary>
/// The screening use case: evaluates with an edition of the catalogue and, when asked and allowed, stores the
/// anonymous record. The record's country is the actor's: someone of one country may not add to another country's
/// statistics, so naming a different country is refused (400 naming <c>country</c>); only the secretariat, which has
/// no country, names any. Nothing is stored when anything is refused.
/// </summary>
public sealed class LabourAssessmentRecorder(PalermoDbContext db, LabourCatalogueStore catalogues, TimeProvider clock)
{
    /// <summary>Screens with the edition in force.</summary>
    public async Task<Outcome<LabourAssessment>> AssessAsync(Actor actor, LabourAssessmentAsk ask, CancellationToken cancellationToken = default) =>
        await AssessAsync(actor, await catalogues.CurrentAsync(cancellationToken), ask, cancellationToken);

    /// <summary>Screens with <paramref name="catalogue"/>: a page that showed that edition's questions evaluates with the same one.</summary>
    public async Task<Outcome<LabourAssessment>> AssessAsync(Actor actor, LabourScreeningCatalogue catalogue, LabourAssessmentAsk ask,
        CancellationToken cancellationToken = default)
    {
        // Asked before anything is evaluated: an anonymous caller learns that saving needs an account, not what else is wrong.
        if (ask.Save && !actor.Can(ScreeningPermission.SaveRecord)) return ProblemCodes.ScreeningSaveRequiresSignIn.With();
        var evaluation = catalogue.Evaluator.Evaluate(ask.Profile, ask.ActPresent, ask.Indicators);
        var invalid = new List<FieldError>(ScreeningFieldErrors.From(evaluation.Errors));
        if (ask.Save) invalid.AddRange(await ValidateAsync(ask.Record, actor.CountryIso3, cancellationToken));
        if (invalid.Count > 0 || evaluation.Result is not { } result) return Problem.Invalid([.. invalid]);
        return new LabourAssessment(result, ask.Save ? await StoreAsync(result, ask.Record, actor.CountryIso3, cancellationToken) : null);
    }

    /// <summary>Problems with the anonymous fields (field, code, offending value); empty when they may be stored.</summary>
    private async Task<IReadOnlyList<FieldError>> ValidateAsync(AnonymousRecordInput input, string? defaultCountry, CancellationToken cancellationToken)
    {
        var problems = new List<FieldError>();
        var country = Country(input, defaultCountry);
        if (country is null)
            problems.Add(new("country", "screening-country-required"));
        else if (!await db.Countries.AnyAsync(c => c.Iso3 == country, cancellationToken))
            problems.Add(new("country", "unknown-country", input.Country ?? country));
        else if (defaultCountry is not null && !string.Equals(country, defaultCountry, StringComparison.OrdinalIgnoreCase))
            problems.Add(new("country", "screening-country-not-yours", input.Country));
        if (input.Sector is { Length: > 0 } sector && !AnonymousRecordFields.IsSector(sector))
            problems.Add(new("sector", "sector-unknown", sector));
        if (input.Sex is { Length: > 0 } sex && !AnonymousRecordFields.IsSex(sex))
            problems.Add(new("sex", "sex-unknown", sex));
        if (input.AgeGroup is { Length: > 0 } age && !AnonymousRecordFields.IsAgeGroup(age))
            problems.Add(new("ageGroup", "age-group-unknown", age));
        return problems;
    }

    private async Task<LabourAssessmentRecord> StoreAsync(ScreeningResult result, AnonymousRecordInput input, string? defaultCountry, CancellationToken cancellationToken)
    {
        var record = new LabourAssessmentRecord
        {
            CountryIso3 = Country(input, defaultCountry) ?? throw new InvalidOperationException("The record has no country; validate first."),
            Sector = string.IsNullOrEmpty(input.Sector) ? null : input.Sector,
            Sex = string.IsNullOrEmpty(input.Sex) ? AnonymousRecordFields.Unknown : input.Sex,
            AgeGroup = string.IsNullOrEmpty(input.AgeGroup) ? AnonymousRecordFields.Unknown : input.AgeGroup,
            Outcome = result.OutcomeId,
            Indicators = string.Join(' ', result.Dimensions.SelectMany(d => d.Indicators)),
            CatalogueId = result.Catalogue.Id,
            CatalogueVersion = result.Catalogue.Version,
            RecordedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
        };
        db.LabourAssessmentRecords.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }

    private static string? Country(AnonymousRecordInput input, string? defaultCountry)
    {
        var country = string.IsNullOrWhiteSpace(input.Country) ? defaultCountry : input.Country.Trim();
        return string.IsNullOrEmpty(country) ? null : country.ToUpperInvariant();
    }
}
