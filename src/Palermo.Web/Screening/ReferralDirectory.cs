namespace Palermo.Web.Screening;

/// <summary>One place to refer a person to. <see cref="Names"/> holds the name per UN language where it differs.</summary>
public sealed class ReferralContact
{
    public string? Name { get; set; }
    public Dictionary<string, string> Names { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    public string? Phone { get; set; }
    public string? Url { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && Names.Count == 0 && string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Url);

    public string? NameIn(string language) =>
        Names.TryGetValue(language, out var name) && !string.IsNullOrWhiteSpace(name) ? name : Name ?? Names.Values.FirstOrDefault();
}

/// <summary>Configuration section <c>Palermo:Screening:Referrals:&lt;ISO3&gt;</c>.</summary>
public sealed class CountryReferrals
{
    public ReferralContact? NationalReferralMechanism { get; set; }
    public ReferralContact? Hotline { get; set; }
    public ReferralContact? LabourInspectorate { get; set; }

    /// <summary>Kind (resource key suffix) and contact, in the order a practitioner should try them; empty ones left out.</summary>
    public IEnumerable<(string Kind, ReferralContact Contact)> Listed()
    {
        if (NationalReferralMechanism is { IsEmpty: false } nrm) yield return ("NationalReferralMechanism", nrm);
        if (Hotline is { IsEmpty: false } hotline) yield return ("Hotline", hotline);
        if (LabourInspectorate is { IsEmpty: false } inspectorate) yield return ("LabourInspectorate", inspectorate);
    }
}

/// <summary>Referral contacts per country, read from configuration on each use so that an edit needs no restart.</summary>
public sealed class ReferralDirectory(IConfiguration configuration)
{
    public const string Section = "Palermo:Screening:Referrals";

    public IReadOnlyList<(string Kind, ReferralContact Contact)> For(string? iso3)
    {
        if (string.IsNullOrWhiteSpace(iso3) || iso3.Length != 3) return [];
        var referrals = configuration.GetSection($"{Section}:{iso3.ToUpperInvariant()}").Get<CountryReferrals>();
        return referrals is null ? [] : [.. referrals.Listed()];
    }
}
