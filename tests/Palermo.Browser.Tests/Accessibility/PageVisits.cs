using Palermo.Browser.Tests.Infrastructure;
using static Palermo.Browser.Tests.Accessibility.PageVisit;

namespace Palermo.Browser.Tests.Accessibility;

/// <summary>
/// How the accessibility test opens each page route of the app. A page route missing here fails the test, so a new
/// page is never skipped unseen; routes that are no page a person reads are listed apart with the reason.
/// </summary>
public static class PageVisits
{
    private const string KnowledgeKind = "kind";

    /// <summary>Routes with no page to check, and why.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotPages = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["account/logout"] = "sign-out is a POST; its GET only redirects home",
    };

    public static IReadOnlyDictionary<string, PageVisit[]> For(DemoIds demo)
    {
        const string secretariat = DemoUsers.SecretariatAdmin, focalPoint = DemoUsers.FocalPointEgypt;
        var cycle = Values(("id", demo.Cycle.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        PageVisit[] EachKind(string account) =>
        [
            new(account, Values((KnowledgeKind, "practices"), ("id", demo.PublishedPractice.ToString()))),
            new(account, Values((KnowledgeKind, "case-law"), ("id", demo.PublishedCaseLaw.ToString()))),
        ];
        return new Dictionary<string, PageVisit[]>(StringComparer.Ordinal)
        {
            [""] = [new(focalPoint)],
            ["Countries"] = [new(focalPoint)],
            ["countries/{iso3}"] = [new(focalPoint, Values(("iso3", "EGY")))],
            ["account/login"] = [new(Anonymous)],
            ["account/accept-invitation"] = [new(Anonymous)],
            ["account/login-two-factor"] = [new(Anonymous, ThroughTwoFactorSignIn: true)],
            ["account/two-factor"] = [new(focalPoint)],
            ["account/access-denied"] = [new(Anonymous)],
            ["admin/users"] = [new(secretariat)],
            ["admin/invitations"] = [new(secretariat)],
            ["admin/treaty-status"] = [new(secretariat)],
            ["admin/audit"] = [new(secretariat)],
            ["admin/screening-catalogue"] = [new(secretariat)],
            ["admin/screening-catalogue/indicators/{id}"] = [new(secretariat, Values(("id", "DR01")))],
            ["Error"] = [new(Anonymous, Query: "?status=404")],
            ["screening/labour"] = [new(Anonymous), new(Anonymous, Query: "?profile=child")],
            ["screening/statistics"] = [new(secretariat)],
            ["screening/referrals"] = [new(focalPoint)],
            ["travel-documents/check"] = [new(secretariat)],
            ["Knowledge"] =
            [
                new(Anonymous), new(Anonymous, Query: "?q=trafficking"), new(Anonymous, Query: "?q=trafficking&language=en&country=ITA"),
                new(Anonymous, Query: "?q=zqxwvu"),
            ],
            ["knowledge/{kind:regex(^(practices|case-law)$)}/new"] =
                [new(focalPoint, Values((KnowledgeKind, "practices"))), new(focalPoint, Values((KnowledgeKind, "case-law")))],
            ["knowledge/{kind:regex(^(practices|case-law)$)}/{id:guid}"] = EachKind(Anonymous),
            ["knowledge/{kind:regex(^(practices|case-law)$)}/{id:guid}/edit"] = EachKind(secretariat),
            ["knowledge/review"] = [new(secretariat)],
            ["knowledge/review/{kind:regex(^(practices|case-law)$)}/{id:guid}"] = EachKind(secretariat),
            ["Reporting"] = [new(focalPoint)],
            ["reporting/cycles/{id:int}"] = [new(secretariat, cycle)],
            ["reporting/cycles/{id:int}/analysis"] = [new(secretariat, cycle)],
            ["reporting/cycles/{id:int}/report"] = [new(focalPoint, cycle)],
            ["reporting/cycles/{id:int}/submissions/{iso3}"] = [new(focalPoint, Values(("id", cycle["id"]), ("iso3", "EGY")))],
        };
    }

    private static Dictionary<string, string> Values(params (string Name, string Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}
