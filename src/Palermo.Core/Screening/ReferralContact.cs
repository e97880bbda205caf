using Palermo.Countries;

namespace Palermo.Screening;

/// <summary>
/// Where a practitioner refers a person the guide flagged: the country's national referral mechanism, a
/// hotline, the labour inspectorate. Public by nature (the guide shows them to anyone); who may change them is
/// decided by <see cref="ReferralContactService"/>'s callers: the secretariat for any country, a focal point for their own.
/// </summary>
[PublicByNature]
public class ReferralContact : ICountryScoped
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string CountryIso3 { get; set; } = "";

    /// <summary>One of <see cref="ReferralKinds.All"/>.</summary>
    public string Kind { get; set; } = "";

    public LocalizedNames Names { get; set; } = new();

    /// <summary>Optional: opening hours, who answers, what to expect — per language.</summary>
    public LocalizedNames Descriptions { get; set; } = new();

    public string? Phone { get; set; }
    public string? Url { get; set; }
    public string? Email { get; set; }

    /// <summary>Seeded demo data with fictitious numbers; never a real service.</summary>
    public bool IsDemo { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Referral contacts exist to be shown to everyone who uses the guide.</summary>
    bool ICountryScoped.IsPublic => true;

    public string NameIn(string language) => ReferralText.In(Names, language);

    public string DescriptionIn(string language) => ReferralText.In(Descriptions, language);
}

public static class ReferralKinds
{
    public const string NationalReferralMechanism = "national-referral-mechanism";
    public const string Hotline = "hotline";
    public const string LabourInspectorate = "labour-inspectorate";

    /// <summary>In the order a practitioner should try them.</summary>
    public static readonly IReadOnlyList<string> All = [NationalReferralMechanism, Hotline, LabourInspectorate];

    public static bool IsKnown(string? kind) => kind is not null && All.Contains(kind, StringComparer.Ordinal);

    public static int Order(string kind) => All.ToList().IndexOf(kind) is var i and >= 0 ? i : All.Count;
}

public static class ReferralText
{
    /// <summary>The page language; else English; else any language that has the text (a contact entered only in Arabic still shows).</summary>
    public static string In(LocalizedNames names, string language)
    {
        var own = names.In(language);
        if (!string.IsNullOrWhiteSpace(own)) return own;
        foreach (var code in PalermoLanguages.Codes)
        {
            var text = Get(names, code);
            if (!string.IsNullOrWhiteSpace(text)) return text;
        }
        return "";
    }

    public static string Get(LocalizedNames names, string language) => language switch
    {
        "ar" => names.Ar,
        "zh" => names.Zh,
        "en" => names.En,
        "fr" => names.Fr,
        "ru" => names.Ru,
        "es" => names.Es,
        _ => "",
    };
}
