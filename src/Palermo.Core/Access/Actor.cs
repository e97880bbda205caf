using Palermo.Accounts;
using Palermo.Data;

namespace Palermo.Access;

/// <summary>
/// What Core sees of a person: who they are, their roles, and where they belong. Every feature's rules
/// (<c>ReportingAccess</c>, <c>KnowledgeAccess</c> …) are asked about an actor, never about a web principal, so the
/// API, the pages, the CLI and the tests decide the same way. An actor is also the data scope of its unit of work:
/// the secretariat sees every country, everyone else their own.
/// </summary>
public sealed record Actor(string? UserId, IReadOnlySet<string> Roles, string? CountryIso3 = null, string? Agency = null, string? Organization = null)
    : IDataScope
{
    /// <summary>Someone not signed in: reads only what is public.</summary>
    public static readonly Actor Anonymous = new(null, new HashSet<string>(StringComparer.Ordinal));

    /// <summary>Trusted code (CLI, start-up tasks): acts as the secretariat administrator across every country.</summary>
    public static readonly Actor System = new(null, new HashSet<string>(StringComparer.Ordinal) { PalermoRoles.SecretariatAdmin });

    public static Actor Of(string? userId, IEnumerable<string> roles, string? countryIso3 = null, string? agency = null, string? organization = null) =>
        new(userId, new HashSet<string>(roles, StringComparer.Ordinal), countryIso3, agency, organization);

    public bool IsSignedIn => UserId is not null || ReferenceEquals(this, System);

    public bool Is(string role) => Roles.Contains(role);

    public bool IsAny(IEnumerable<string> roles) => roles.Any(Roles.Contains);

    /// <summary>Secretariat staff work across all countries.</summary>
    public bool IsSecretariat => IsAny(PalermoRoles.Secretariat);

    public bool IsSecretariatAdmin => Is(PalermoRoles.SecretariatAdmin);

    /// <summary>True when the actor belongs to <paramref name="iso3"/> (compared as ISO codes, case-insensitively).</summary>
    public bool BelongsTo(string? iso3) =>
        CountryIso3 is not null && iso3 is not null && string.Equals(CountryIso3, iso3, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when this actor is the user with <paramref name="userId"/>.</summary>
    public bool IsUser(string? userId) => UserId is not null && string.Equals(UserId, userId, StringComparison.Ordinal);

    bool IDataScope.SeesAllCountries => IsSecretariat;

    string? IDataScope.CountryIso3 => CountryIso3;
}
