using Palermo.Access;
using Palermo.Accounts;

namespace Palermo.Reporting;

/// <summary>What reporting lets an actor do: the named permissions every front door asks <see cref="ReportingAccess"/> about.</summary>
public enum ReportingPermission
{
    /// <summary>Open, close and archive cycles, extend deadlines, import questionnaires, export and remind: the secretariat.</summary>
    ManageCycles,

    /// <summary>See a cycle (a draft cycle is the secretariat's work in progress, unknown to everyone else).</summary>
    SeeCycle,

    /// <summary>See who answered, country by country, and the reminders sent (others see aggregates only).</summary>
    SeeRespondents,

    /// <summary>Read a country's submission: in full (own country, secretariat) or as published (another State party that agreed).</summary>
    ReadSubmission,

    /// <summary>Read the working draft, the secretariat's comments and the country's other cycles: own country and secretariat.</summary>
    ReadWorkingCopy,

    /// <summary>Write draft answers: the country's contributors and focal point.</summary>
    DraftAnswers,

    /// <summary>Submit the answers: the country's focal point.</summary>
    SubmitAnswers,

    /// <summary>Accept or return a submission: the secretariat.</summary>
    ReviewSubmission,

    /// <summary>Record the country's decision on publication: its focal point, or the secretariat on its behalf.</summary>
    DecidePublication,
}

/// <summary>What an actor is to one country's submission; the permissions follow from it.</summary>
public enum SubmissionAccess
{
    /// <summary>Another country's (or no country's) submission: answered like a missing one.</summary>
    Hidden,

    /// <summary>Own country but a role that sees aggregates only (e.g. a competent-authority officer).</summary>
    Forbidden,

    /// <summary>A focal point or contributor of another State party, on a submission that country agreed to publish.</summary>
    Published,

    /// <summary>The secretariat: reads every submission, accepts or returns it, does not write answers.</summary>
    Review,

    /// <summary>A contributor of the country: reads and drafts.</summary>
    Draft,

    /// <summary>The country's focal point: drafts and submits.</summary>
    Submit,
}

/// <summary>One country's submission in a cycle, as the rules see it.</summary>
/// <param name="Published">The country agreed to publication of its answers in the cycle.</param>
public sealed record SubmissionSubject(CycleState CycleState, string CountryIso3, bool Published = false);

/// <summary>The rules of reporting, stated once; the API, the pages and Core's use cases ask them the same way.</summary>
public static class ReportingAccess
{
    /// <summary>Permissions that concern no one country.</summary>
    public static bool Can(this Actor actor, ReportingPermission permission) => permission switch
    {
        ReportingPermission.ManageCycles or ReportingPermission.SeeRespondents => actor.IsSecretariat,
        _ => actor.IsSignedIn,
    };

    public static bool Can(this Actor actor, ReportingPermission permission, CycleState cycle) => Decide(actor, permission, cycle) == AccessDecision.Allowed;

    /// <summary>A draft cycle is the secretariat's alone: to anyone else it does not exist.</summary>
    public static AccessDecision Decide(this Actor actor, ReportingPermission permission, CycleState cycle)
    {
        if (!actor.IsSignedIn || (cycle == CycleState.Draft && !actor.IsSecretariat)) return AccessDecision.Hidden;
        return AccessDecisions.AllowIf(actor.Can(permission));
    }

    public static bool Can(this Actor actor, ReportingPermission permission, SubmissionSubject submission) =>
        Decide(actor, permission, submission) == AccessDecision.Allowed;

    /// <summary>
    /// Another country's submission is hidden (unless published to this reader); a role without the right is refused;
    /// and a submission in a draft cycle is hidden from everyone but the secretariat — in that order, so a refusal
    /// never tells an outsider more than a missing record would.
    /// </summary>
    public static AccessDecision Decide(this Actor actor, ReportingPermission permission, SubmissionSubject submission)
    {
        var access = AccessTo(actor, submission.CountryIso3, submission.Published);
        if (access == SubmissionAccess.Hidden) return AccessDecision.Hidden;
        if (!Permits(access, permission)) return AccessDecision.Forbidden;
        if (submission.CycleState == CycleState.Draft && access != SubmissionAccess.Review) return AccessDecision.Hidden;
        return AccessDecision.Allowed;
    }

    /// <summary>What the actor is to the country's submission.</summary>
    /// <param name="published">The country agreed to publication of its answers in the cycle concerned.</param>
    public static SubmissionAccess AccessTo(Actor actor, string iso3, bool published = false)
    {
        if (actor.IsSecretariat) return SubmissionAccess.Review;
        if (!actor.BelongsTo(iso3))
            return published && actor.CountryIso3 is not null && actor.IsAny(CountryReporters)
                ? SubmissionAccess.Published
                : SubmissionAccess.Hidden;
        if (actor.Is(PalermoRoles.FocalPoint)) return SubmissionAccess.Submit;
        if (actor.Is(PalermoRoles.Contributor)) return SubmissionAccess.Draft;
        return SubmissionAccess.Forbidden;
    }

    /// <summary>True when only the country's decision on publication could let this actor read the submission.</summary>
    public static bool DependsOnPublication(Actor actor, string iso3) =>
        AccessTo(actor, iso3) == SubmissionAccess.Hidden && AccessTo(actor, iso3, published: true) != SubmissionAccess.Hidden;

    private static readonly string[] CountryReporters = [PalermoRoles.FocalPoint, PalermoRoles.Contributor];

    private static bool Permits(SubmissionAccess access, ReportingPermission permission) => permission switch
    {
        ReportingPermission.SeeCycle => access != SubmissionAccess.Hidden,
        ReportingPermission.ReadSubmission => access is SubmissionAccess.Published or SubmissionAccess.Review or SubmissionAccess.Draft or SubmissionAccess.Submit,
        ReportingPermission.ReadWorkingCopy => access is SubmissionAccess.Review or SubmissionAccess.Draft or SubmissionAccess.Submit,
        ReportingPermission.DraftAnswers => access is SubmissionAccess.Draft or SubmissionAccess.Submit,
        ReportingPermission.SubmitAnswers => access is SubmissionAccess.Submit,
        ReportingPermission.ReviewSubmission => access is SubmissionAccess.Review,
        ReportingPermission.DecidePublication => access is SubmissionAccess.Review or SubmissionAccess.Submit,
        ReportingPermission.ManageCycles or ReportingPermission.SeeRespondents => access is SubmissionAccess.Review,
        _ => false,
    };
}
