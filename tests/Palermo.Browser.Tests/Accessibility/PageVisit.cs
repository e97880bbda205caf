namespace Palermo.Browser.Tests.Accessibility;

/// <summary>
/// One way to open a page: the values of its route parameters, a query, and an account that may open it
/// (<see cref="Anonymous"/>: signed out). <see cref="ThroughTwoFactorSignIn"/>: the page is reached by signing in with a
/// password as an account with two-factor sign-in on, not by its address.
/// </summary>
public sealed record PageVisit(string Account, IReadOnlyDictionary<string, string>? Values = null, string Query = "",
    bool ThroughTwoFactorSignIn = false)
{
    public const string Anonymous = "";

    public string PathOf(string pattern) => PageRoutes.PathOf(pattern, Values ?? new Dictionary<string, string>()) + Query;
}
