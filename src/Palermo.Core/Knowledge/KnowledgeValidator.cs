using Microsoft.EntityFrameworkCore;
using Palermo.Accounts;
using Palermo.Data;

namespace Palermo.Knowledge;

/// <summary>Checks the fields of a submission; every problem names the field and the offending value.</summary>
internal sealed class KnowledgeValidator(PalermoDbContext db)
{
    public const int TitleMax = 500;
    public const int TextMax = 200_000;
    public static readonly IReadOnlyList<string> ProtocolCodes = ["TIP", "SOM", "UNTOC"];

    private readonly List<FieldError> _problems = [];

    public IReadOnlyList<FieldError> Problems => _problems;

    public void Text(string field, string? value, bool required, int max = TextMax)
    {
        if (required && string.IsNullOrWhiteSpace(value)) _problems.Add(new(field, "knowledge-required", field));
        else if (value is not null && value.Length > max) _problems.Add(new(field, "knowledge-too-long", field));
    }

    public string Language(string? value)
    {
        if (PalermoLanguages.IsSupported(value?.Trim())) return value!.Trim().ToLowerInvariant();
        _problems.Add(new("language", "unknown-language", value ?? ""));
        return PalermoLanguages.Default;
    }

    public KnowledgeCategory Category(string? value)
    {
        if (KnowledgeCategories.TryParse(value, out var category)) return category;
        _problems.Add(new("category", "unknown-category", value ?? ""));
        return default;
    }

    public List<string> Protocols(IReadOnlyList<string>? values)
    {
        var result = new List<string>();
        foreach (var value in values ?? [])
        {
            var code = ProtocolCodes.FirstOrDefault(p => string.Equals(p, value?.Trim(), StringComparison.OrdinalIgnoreCase));
            if (code is null) _problems.Add(new("protocols", "unknown-protocol", value ?? ""));
            else if (!result.Contains(code, StringComparer.Ordinal)) result.Add(code);
        }
        return result;
    }

    /// <summary>The references in their one written form («TIP 6»); an article the instrument does not have is a problem.</summary>
    public List<string> Articles(IReadOnlyList<string>? values, IReadOnlyList<string> protocols)
    {
        var result = new List<string>();
        foreach (var value in Clean(values, 50))
        {
            var reading = ArticleReferences.Read(value, protocols);
            if (reading.Unknown) _problems.Add(new("articles", "unknown-article", value));
            else if (!result.Contains(reading.Reference!, StringComparer.Ordinal)) result.Add(reading.Reference!);
        }
        return result;
    }

    public async Task<List<string>> CountriesAsync(string field, IEnumerable<string?> values, CancellationToken cancellationToken)
    {
        var codes = values.Select(v => (v ?? "").Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        var known = await db.Countries.AsNoTracking().Where(c => codes.Contains(c.Iso3)).Select(c => c.Iso3).ToListAsync(cancellationToken);
        var raw = values.ToList();
        foreach (var value in raw.Where(v => !known.Contains((v ?? "").Trim().ToUpperInvariant(), StringComparer.Ordinal)))
            _problems.Add(new(field, "unknown-country", value ?? ""));
        return codes.Where(c => known.Contains(c, StringComparer.Ordinal)).ToList();
    }

    public CourtLevel CourtLevel(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return Knowledge.CourtLevel.Other;
        var normalized = value.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Trim();
        if (Enum.TryParse<CourtLevel>(normalized, ignoreCase: true, out var level) && Enum.IsDefined(level)) return level;
        _problems.Add(new("courtLevel", "unknown-court-level", value));
        return Knowledge.CourtLevel.Other;
    }

    public void Victims(IReadOnlyList<CaseVictim> victims)
    {
        foreach (var victim in victims)
        {
            // The value is not echoed back: it may be a person's name.
            if (!VictimInitials.IsValid(victim.Initials)) _problems.Add(new("victims", "victim-initials-only", "—"));
        }
    }

    /// <summary>f, m or x from «F», «female», «male», «other» …</summary>
    public static string Sex(string? value) =>
        (value ?? "").Trim().ToLowerInvariant() switch
        {
            ['f', ..] => "f",
            ['m', ..] => "m",
            _ => "x",
        };

    public void Period(int? start, int? end)
    {
        if (start is < 1900 or > 2100) _problems.Add(new("periodStartYear", "invalid-period", Convert.ToString(start, System.Globalization.CultureInfo.InvariantCulture)));
        if (end is < 1900 or > 2100 || (start is not null && end is not null && end < start))
            _problems.Add(new("periodEndYear", "invalid-period", Convert.ToString(end, System.Globalization.CultureInfo.InvariantCulture)));
    }

    public void Add(FieldError problem) => _problems.Add(problem);

    public static List<string> Clean(IReadOnlyList<string>? values, int max = 300) =>
        (values ?? []).Select(v => KnowledgeHtml.ToPlainText(KnowledgeHtml.Sanitize(v)))
            .Where(v => v.Length > 0).Select(v => v.Length > max ? v[..max] : v).Distinct(StringComparer.Ordinal).ToList();
}
