using Microsoft.AspNetCore.Identity;
using Palermo.Accounts;

namespace Palermo.Demo;

/// <summary>The demo accounts listed in the README, created when <c>Palermo:Demo:Enabled</c> is true.</summary>
public sealed class DemoAccounts(UserManager<PalermoUser> users, AccountAdministration accounts)
{
    public static readonly IReadOnlyList<string> Countries = ["EGY", "JOR", "NGA", "ITA", "PHL", "MEX"];

    private static readonly Dictionary<string, string> LanguageOf = new(StringComparer.Ordinal)
    {
        ["EGY"] = "ar", ["JOR"] = "ar", ["NGA"] = "en", ["ITA"] = "fr", ["PHL"] = "en", ["MEX"] = "es",
    };

    private static readonly Dictionary<string, string> AgencyOf = new(StringComparer.Ordinal)
    {
        ["EGY"] = "Public Prosecution", ["JOR"] = "Public Security Directorate", ["NGA"] = "NAPTIP",
        ["ITA"] = "Polizia di Stato", ["PHL"] = "Bureau of Immigration", ["MEX"] = "Fiscalía General de la República",
    };

    public static IEnumerable<NewAccount> All(string password)
    {
        yield return new("secretariat@demo.test", PalermoRoles.SecretariatAdmin, null, null, "Demo Secretariat", password);
        yield return new("analyst@demo.test", PalermoRoles.SecretariatAnalyst, null, null, "Demo Analyst", password);
        yield return new("practitioner@demo.test", PalermoRoles.Practitioner, "ITA", null, "Demo Practitioner", password);
        yield return new("partner@demo.test", PalermoRoles.Partner, null, "IOM", "Demo Partner", password);
        foreach (var iso3 in Countries)
        {
            var code = iso3.ToLowerInvariant();
            var language = LanguageOf[iso3];
            yield return new($"focal.{code}@demo.test", PalermoRoles.FocalPoint, iso3, null, $"Focal point {iso3}", password, language);
            yield return new($"contributor.{code}@demo.test", PalermoRoles.Contributor, iso3, null, $"Contributor {iso3}", password, language);
            yield return new($"officer.{code}@demo.test", PalermoRoles.CompetentAuthorityOfficer, iso3, AgencyOf[iso3], $"Officer {iso3}", password, language);
        }
    }

    public async Task EnsureAsync(string password, CancellationToken cancellationToken = default)
    {
        foreach (var account in All(password))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await users.FindByEmailAsync(account.Email) is not null) continue;
            var result = await accounts.CreateAsync(account);
            if (!result.Succeeded)
                throw new InvalidOperationException($"Demo account {account.Email} could not be created: {string.Join(", ", result.Problem.FieldErrors.Select(p => p.Code))}");
        }
    }
}
