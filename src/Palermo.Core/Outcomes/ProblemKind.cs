namespace Palermo;

/// <summary>What kind of refusal a problem is; each front door turns it into its own form (an HTTP status, a page message).</summary>
public enum ProblemKind
{
    /// <summary>The input is wrong; nothing was changed (400).</summary>
    Invalid,

    /// <summary>Not signed in, or the credentials do not hold (401).</summary>
    Unauthenticated,

    /// <summary>The actor may see the resource but not do this (403).</summary>
    Forbidden,

    /// <summary>The resource does not exist, or the actor may not know it does (404).</summary>
    NotFound,

    /// <summary>The resource is not in a state that allows this, or someone changed it in between (409).</summary>
    Conflict,

    /// <summary>A change that needs the concurrency token was sent without one (428).</summary>
    PreconditionRequired,
}
