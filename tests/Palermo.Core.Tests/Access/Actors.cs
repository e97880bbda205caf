using Palermo.Access;
using Palermo.Accounts;

namespace Palermo.Tests.Access;

/// <summary>The people of the rule tables, by a short name each table row can carry.</summary>
public static class Actors
{
    public static readonly IReadOnlyDictionary<string, Actor> ByName = new Dictionary<string, Actor>(StringComparer.Ordinal)
    {
        ["anonymous"] = Actor.Anonymous,
        ["admin"] = Actor.Of("admin", [PalermoRoles.SecretariatAdmin]),
        ["analyst"] = Actor.Of("analyst", [PalermoRoles.SecretariatAnalyst]),
        ["focal-EGY"] = Actor.Of("focal-egy", [PalermoRoles.FocalPoint], "EGY"),
        ["focal-NGA"] = Actor.Of("focal-nga", [PalermoRoles.FocalPoint], "NGA"),
        ["contributor-EGY"] = Actor.Of("contributor-egy", [PalermoRoles.Contributor], "EGY"),
        ["contributor-NGA"] = Actor.Of("contributor-nga", [PalermoRoles.Contributor], "NGA"),
        ["officer-EGY"] = Actor.Of("officer-egy", [PalermoRoles.CompetentAuthorityOfficer], "EGY", "Police"),
        ["practitioner-EGY"] = Actor.Of("practitioner-egy", [PalermoRoles.Practitioner], "EGY"),
        ["partner"] = Actor.Of("partner", [PalermoRoles.Partner]),
    };

    public static Actor Named(string name) => ByName[name];
}
