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
    public static SubmissionAccess For(ClaimsPrincipal user, string iso3)
    {
        if (user.IsSecretariat()) return SubmissionAccess.Review;
        if (!string.Equals(user.Country(), iso3, StringComparison.Ordinal)) return SubmissionAccess.Hidden;
        if (user.IsInRole(PalermoRoles.FocalPoint)) return SubmissionAccess.Submit;
        if (user.IsInRole(PalermoRoles.Contributor)) return SubmissionAccess.Draft;
        return SubmissionAccess.Forbidden;
    }

    public static bool CanRead(this SubmissionAccess access) => access is SubmissionAccess.Review or SubmissionAccess.Draft or SubmissionAccess.Submit;

    public static bool CanDraft(this SubmissionAccess access) => access is SubmissionAccess.Draft or SubmissionAccess.Submit;
}
