namespace Palermo.Accounts;

/// <summary>
/// An invitation to join Palermo with one role in one country. Only a hash of the token is stored, so a
/// database leak does not hand out accounts.
/// </summary>
public class Invitation : ICountryScoped
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Email { get; set; } = "";
    public string Role { get; set; } = "";
    public string? CountryIso3 { get; set; }
    public string? Agency { get; set; }
    public string Language { get; set; } = PalermoLanguages.Default;
    public string TokenHash { get; set; } = "";
    public string InvitedByUserId { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }

    bool ICountryScoped.IsPublic => false;
}
