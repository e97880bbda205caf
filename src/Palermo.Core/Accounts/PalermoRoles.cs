namespace Palermo.Accounts;

/// <summary>The roles of the decision's actors (DESIGN.md "Who uses it").</summary>
public static class PalermoRoles
{
    public const string SecretariatAdmin = nameof(SecretariatAdmin);
    public const string SecretariatAnalyst = nameof(SecretariatAnalyst);
    public const string FocalPoint = nameof(FocalPoint);
    public const string Contributor = nameof(Contributor);
    public const string CompetentAuthorityOfficer = nameof(CompetentAuthorityOfficer);
    public const string Practitioner = nameof(Practitioner);
    public const string Partner = nameof(Partner);

    public static readonly IReadOnlyList<string> All =
        [SecretariatAdmin, SecretariatAnalyst, FocalPoint, Contributor, CompetentAuthorityOfficer, Practitioner, Partner];

    /// <summary>Secretariat staff work across all countries; everyone else is scoped to their own.</summary>
    public static readonly IReadOnlyList<string> Secretariat = [SecretariatAdmin, SecretariatAnalyst];

    /// <summary>Roles whose accounts must use two-factor sign-in outside Development.</summary>
    public static readonly IReadOnlyList<string> RequireTwoFactor = [SecretariatAdmin, SecretariatAnalyst, CompetentAuthorityOfficer];

    /// <summary>Roles that must belong to a country (the others may, e.g. a partner's home country, but need not).</summary>
    public static readonly IReadOnlyList<string> CountryBound = [FocalPoint, Contributor, CompetentAuthorityOfficer];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);

    public static bool IsSecretariat(string role) => Secretariat.Contains(role, StringComparer.Ordinal);
}
