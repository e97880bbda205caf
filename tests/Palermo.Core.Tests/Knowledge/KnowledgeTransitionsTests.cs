using Palermo.Knowledge;

namespace Palermo.Tests.Knowledge;

/// <summary>The review table of practices and case law: status × step → the new status, or invalid-transition. No database.</summary>
public sealed class KnowledgeTransitionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Earlier = Now.AddDays(-30);

    public static TheoryData<KnowledgeStatus, KnowledgeTransition, KnowledgeStatus?> Table() => new()
    {
        { KnowledgeStatus.Draft, KnowledgeTransition.Submit, KnowledgeStatus.Submitted },
        { KnowledgeStatus.ChangesRequested, KnowledgeTransition.Submit, KnowledgeStatus.Submitted },
        { KnowledgeStatus.Submitted, KnowledgeTransition.Submit, null },
        { KnowledgeStatus.Published, KnowledgeTransition.Submit, null },
        { KnowledgeStatus.Rejected, KnowledgeTransition.Submit, null },

        { KnowledgeStatus.Submitted, KnowledgeTransition.RequestChanges, KnowledgeStatus.ChangesRequested },
        { KnowledgeStatus.Published, KnowledgeTransition.RequestChanges, KnowledgeStatus.ChangesRequested },
        { KnowledgeStatus.Draft, KnowledgeTransition.RequestChanges, null },
        { KnowledgeStatus.ChangesRequested, KnowledgeTransition.RequestChanges, null },
        { KnowledgeStatus.Rejected, KnowledgeTransition.RequestChanges, null },

        // A draft is never published unseen; anything the secretariat has seen may be.
        { KnowledgeStatus.Draft, KnowledgeTransition.Publish, null },
        { KnowledgeStatus.Submitted, KnowledgeTransition.Publish, KnowledgeStatus.Published },
        { KnowledgeStatus.ChangesRequested, KnowledgeTransition.Publish, KnowledgeStatus.Published },
        { KnowledgeStatus.Published, KnowledgeTransition.Publish, KnowledgeStatus.Published },
        { KnowledgeStatus.Rejected, KnowledgeTransition.Publish, KnowledgeStatus.Published },

        { KnowledgeStatus.Published, KnowledgeTransition.Unpublish, KnowledgeStatus.Submitted },
        { KnowledgeStatus.Draft, KnowledgeTransition.Unpublish, null },
        { KnowledgeStatus.Submitted, KnowledgeTransition.Unpublish, null },
        { KnowledgeStatus.ChangesRequested, KnowledgeTransition.Unpublish, null },
        { KnowledgeStatus.Rejected, KnowledgeTransition.Unpublish, null },

        // A published record is withdrawn first, never rejected in public.
        { KnowledgeStatus.Draft, KnowledgeTransition.Reject, KnowledgeStatus.Rejected },
        { KnowledgeStatus.Submitted, KnowledgeTransition.Reject, KnowledgeStatus.Rejected },
        { KnowledgeStatus.ChangesRequested, KnowledgeTransition.Reject, KnowledgeStatus.Rejected },
        { KnowledgeStatus.Rejected, KnowledgeTransition.Reject, KnowledgeStatus.Rejected },
        { KnowledgeStatus.Published, KnowledgeTransition.Reject, null },
    };

    [Theory, MemberData(nameof(Table))]
    public void A_record_moves_through_review(KnowledgeStatus from, KnowledgeTransition step, KnowledgeStatus? to)
    {
        var record = new Practice { Status = from, Version = 3 };
        var problem = record.Apply(step, null, Now);
        if (to is { } moved)
        {
            Assert.Null(problem);
            Assert.Equal((moved, 4, Now), (record.Status, record.Version, record.UpdatedAt));
            return;
        }
        Assert.Equal(ProblemCodes.InvalidTransition, problem?.Code);
        Assert.Equal(new FieldError("status", "invalid-transition", KnowledgeStatusCodes.Code(from)), Assert.Single(problem!.FieldErrors));
        Assert.Equal((from, 3), (record.Status, record.Version));
    }

    [Fact]
    public void Every_step_is_in_the_table_with_its_revision_action()
    {
        Assert.Equal(["submitted", "changes-requested", "published", "unpublished", "rejected"],
            Enum.GetValues<KnowledgeTransition>().Select(t => t.Action()));
    }

    [Fact]
    public void Publishing_again_keeps_the_first_publication_date_and_unpublishing_withdraws_it()
    {
        var record = new CaseLaw { Status = KnowledgeStatus.Submitted, PublishedAt = Earlier };
        Assert.Null(record.Apply(KnowledgeTransition.Publish, null, Now));
        Assert.Equal(Earlier, record.PublishedAt);
        Assert.Null(record.Apply(KnowledgeTransition.Unpublish, null, Now));
        Assert.Null(record.PublishedAt);
        Assert.Null(record.Apply(KnowledgeTransition.Publish, null, Now));
        Assert.Equal(Now, record.PublishedAt);
    }

    [Fact]
    public void The_reviewers_note_is_kept_as_plain_text_and_no_note_keeps_the_last_one()
    {
        var record = new Practice { Status = KnowledgeStatus.Submitted };
        Assert.Null(record.Apply(KnowledgeTransition.RequestChanges, "<b>Name</b> the shelters.<script>alert(1)</script>", Now));
        Assert.Equal("Name the shelters.", record.ReviewNote);
        Assert.Null(record.Apply(KnowledgeTransition.Publish, null, Now));
        Assert.Equal("Name the shelters.", record.ReviewNote);
    }
}
