namespace Palermo.Access;

/// <summary>
/// The answer of a feature's rules. <see cref="Hidden"/> differs from <see cref="Forbidden"/>: another country's
/// record must not even be confirmed to exist, so it is answered like a missing one.
/// </summary>
public enum AccessDecision
{
    Allowed,

    /// <summary>The actor may see the resource but not do this with it (403).</summary>
    Forbidden,

    /// <summary>The actor may not know the resource exists (404).</summary>
    Hidden,
}

public static class AccessDecisions
{
    /// <summary>Allowed when the condition holds, otherwise <paramref name="otherwise"/>.</summary>
    public static AccessDecision AllowIf(bool condition, AccessDecision otherwise = AccessDecision.Forbidden) =>
        condition ? AccessDecision.Allowed : otherwise;

    /// <summary>The problem an API or page answers for a refusal; null when allowed.</summary>
    public static Problem? AsProblem(this AccessDecision decision) => decision switch
    {
        AccessDecision.Allowed => null,
        AccessDecision.Hidden => ProblemCodes.NotFound.With(),
        _ => ProblemCodes.Forbidden.With(),
    };
}
