using Microsoft.AspNetCore.Identity;

namespace Palermo.Accounts;

/// <summary>A person who signs in. Belongs to a country (ISO 3166-1 alpha-3); an officer also to an agency.</summary>
public class PalermoUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>ISO 3166-1 alpha-3 of the user's country; null for secretariat staff and some partners.</summary>
    public string? CountryIso3 { get; set; }

    /// <summary>Police, prosecution, immigration, border agency … for competent-authority officers.</summary>
    public string? Agency { get; set; }

    /// <summary>One of the six UN languages, used for mail and as the default page language.</summary>
    public string PreferredLanguage { get; set; } = PalermoLanguages.Default;

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;
}
