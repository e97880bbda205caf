using Palermo.Access;
using Palermo.Knowledge;
using Palermo.Tests.Access;

namespace Palermo.Tests.Knowledge;

/// <summary>The rules of the knowledge repository as a table: actor × record (status, author) × permission.</summary>
public sealed class KnowledgeAccessTests
{
    private const AccessDecision Allowed = AccessDecision.Allowed;
    private const AccessDecision Forbidden = AccessDecision.Forbidden;
    private const AccessDecision Hidden = AccessDecision.Hidden;

    public static TheoryData<string, KnowledgeStatus, string, KnowledgePermission, AccessDecision> Records() => new()
    {
        // Published records are everyone's to read, nobody's but the secretariat's to change.
        { "anonymous", KnowledgeStatus.Published, "focal-egy", KnowledgePermission.Read, Allowed },
        { "partner", KnowledgeStatus.Published, "focal-egy", KnowledgePermission.Edit, Forbidden },
        { "focal-EGY", KnowledgeStatus.Published, "focal-egy", KnowledgePermission.Edit, Forbidden },
        { "focal-EGY", KnowledgeStatus.Published, "focal-egy", KnowledgePermission.Attach, Forbidden },
        { "analyst", KnowledgeStatus.Published, "focal-egy", KnowledgePermission.Edit, Allowed },
        // Unpublished: the author and the secretariat; anyone else is told nothing.
        { "anonymous", KnowledgeStatus.Draft, "focal-egy", KnowledgePermission.Read, Hidden },
        { "focal-NGA", KnowledgeStatus.Submitted, "focal-egy", KnowledgePermission.Read, Hidden },
        { "focal-NGA", KnowledgeStatus.Draft, "focal-egy", KnowledgePermission.Edit, Hidden },
        { "focal-EGY", KnowledgeStatus.Draft, "focal-egy", KnowledgePermission.Edit, Allowed },
        { "focal-EGY", KnowledgeStatus.ChangesRequested, "focal-egy", KnowledgePermission.Edit, Allowed },
        { "focal-EGY", KnowledgeStatus.Submitted, "focal-egy", KnowledgePermission.Edit, Forbidden },
        { "focal-EGY", KnowledgeStatus.Submitted, "focal-egy", KnowledgePermission.Attach, Allowed },
        { "focal-EGY", KnowledgeStatus.Rejected, "focal-egy", KnowledgePermission.Attach, Forbidden },
        { "focal-EGY", KnowledgeStatus.Rejected, "focal-egy", KnowledgePermission.ReadReviewNote, Allowed },
        { "focal-EGY", KnowledgeStatus.Draft, "focal-egy", KnowledgePermission.Review, Forbidden },
        { "admin", KnowledgeStatus.Submitted, "focal-egy", KnowledgePermission.Review, Allowed },
        { "admin", KnowledgeStatus.Draft, "partner", KnowledgePermission.Attach, Allowed },
        { "partner", KnowledgeStatus.Published, "focal-egy", KnowledgePermission.ReadReviewNote, Forbidden },
    };

    [Theory, MemberData(nameof(Records))]
    public void Record_rules(string actor, KnowledgeStatus status, string author, KnowledgePermission permission, AccessDecision expected)
    {
        var record = new Practice { Status = status, AuthorUserId = author };

        Assert.Equal(expected, Actors.Named(actor).Decide(permission, record));
    }

    [Theory]
    [InlineData("admin", true)]
    [InlineData("analyst", true)]
    [InlineData("focal-EGY", true)]
    [InlineData("partner", true)]
    [InlineData("contributor-EGY", false)]
    [InlineData("officer-EGY", false)]
    [InlineData("practitioner-EGY", false)]
    [InlineData("anonymous", false)]
    public void Who_contributes_practices_and_case_law(string actor, bool may) =>
        Assert.Equal(may, Actors.Named(actor).Can(KnowledgePermission.Contribute));

    [Theory]
    [InlineData("anonymous", 1)]
    [InlineData("focal-EGY", 2)]
    [InlineData("partner", 1)]
    [InlineData("analyst", 3)]
    public void The_query_rule_lets_through_what_the_record_rule_allows(string actor, int visible)
    {
        Practice[] records =
        [
            new() { Status = KnowledgeStatus.Published, AuthorUserId = "someone" },
            new() { Status = KnowledgeStatus.Draft, AuthorUserId = "focal-egy" },
            new() { Status = KnowledgeStatus.Submitted, AuthorUserId = "someone" },
        ];
        var who = Actors.Named(actor);

        var byQuery = records.AsQueryable().Where(who.VisibleRecords<Practice>()).ToList();

        Assert.Equal(visible, byQuery.Count);
        Assert.Equal(records.Where(r => who.Can(KnowledgePermission.Read, r)), byQuery);
    }
}
