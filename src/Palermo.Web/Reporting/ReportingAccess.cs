using System.Security.Claims;
using Palermo.Accounts;
using Palermo.Web.Accounts;

namespace Palermo.Web.Reporting;

/// <summary>What a user may do with one country's submission.</summary>
public enum SubmissionAccess
{
    /// <summary>Another country's (or no country's) submission: answered like a missing one.</summary>
    Hidden,

    /// <summary>Own country but a role that sees aggregates only (e.g. a competent-authority officer).</summary>
    Forbidden,

    /// <summary>
    /// A focal point or contributor of another State party, on a submission that country agreed to publish: reads its
    /// submitted answers (never the working draft, never the secretariat's comments), writes nothing.
    /// </summary>
    Published,

    /// <summary>The secretariat: reads every submission, accepts or returns it, does not write answers.</summary>
    Review,

    /// <summary>A contributor of the country: reads and drafts.</summary>
    Draft,

    /// <summary>The country's focal point: drafts and submits.</summary>
    Submit,
}

/// <summary>The country rules of reporting, the same for the API and the pages.</summary>
public static class ReportingAccess
{
    /// <param name="published">The country agreed to publication of its answers in the cycle concerned.</param>
    public static SubmissionAccess For(ClaimsPrincipal user, string iso3, bool published = false)
    {
        if (user.IsSecretariat()) return SubmissionAccess.Review;
        if (!string.Equals(user.Country(), iso3, StringComparison.Ordinal))
            return published && user.Country() is not null && (user.IsInRole(PalermoRoles.FocalPoint) || user.IsInRole(PalermoRoles.Contributor))
                ? SubmissionAccess.Published
                : SubmissionAccess.Hidden;
        if (user.IsInRole(PalermoRoles.FocalPoint)) return SubmissionAccess.Submit;
        if (user.IsInRole(PalermoRoles.Contributor)) return SubmissionAccess.Draft;
        return SubmissionAccess.Forbidden;
    }

    /// <summary>Reads the submission: in full (own country, secretariat) or as published (another country that agreed).</summary>
    public static bool CanRead(this SubmissionAccess access) => access is SubmissionAccess.Published || access.SeesWorkingCopy();

    /// <summary>Reads the working draft, the secretariat's comments and the country's other cycles: own country and secretariat only.</summary>
    public static bool SeesWorkingCopy(this SubmissionAccess access) => access is SubmissionAccess.Review or SubmissionAccess.Draft or SubmissionAccess.Submit;

    /// <summary>Records the country's decision on publication: its focal point, or the secretariat on its behalf.</summary>
    public static bool CanDecidePublication(this SubmissionAccess access) => access is SubmissionAccess.Review or SubmissionAccess.Submit;

    public static bool CanDraft(this SubmissionAccess access) => access is SubmissionAccess.Draft or SubmissionAccess.Submit;
}
