using Microsoft.EntityFrameworkCore;
using Palermo.Accounts;
using Palermo.Data;

namespace Palermo.Screening;

/// <summary>What a practitioner may say about the person screened when saving: coarse categories only.</summary>
public sealed record AnonymousRecordInput(string? Country, string? Sector, string? Sex, string? AgeGroup);

/// <summary>Validates and stores anonymous screening records.</summary>
public sealed class LabourAssessmentRecorder(PalermoDbContext db, TimeProvider clock)
{
    /// <summary>Problems with the anonymous fields (field, code, offending value); empty when they may be stored.</summary>
    public async Task<IReadOnlyList<FieldError>> ValidateAsync(AnonymousRecordInput input, string? defaultCountry, CancellationToken cancellationToken = default)
    {
        var problems = new List<FieldError>();
        var country = Country(input, defaultCountry);
        if (country is null)
            problems.Add(new("country", "screening-country-required"));
        else if (!await db.Countries.AnyAsync(c => c.Iso3 == country, cancellationToken))
            problems.Add(new("country", "unknown-country", input.Country ?? country));
        if (input.Sector is { Length: > 0 } sector && !AnonymousRecordFields.IsSector(sector))
            problems.Add(new("sector", "sector-unknown", sector));
        if (input.Sex is { Length: > 0 } sex && !AnonymousRecordFields.IsSex(sex))
            problems.Add(new("sex", "sex-unknown", sex));
        if (input.AgeGroup is { Length: > 0 } age && !AnonymousRecordFields.IsAgeGroup(age))
            problems.Add(new("ageGroup", "age-group-unknown", age));
        return problems;
    }

    /// <summary>Stores the record; call <see cref="ValidateAsync"/> first.</summary>
    public async Task<LabourAssessmentRecord> SaveAsync(ScreeningResult result, AnonymousRecordInput input, string? defaultCountry, CancellationToken cancellationToken = default)
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
