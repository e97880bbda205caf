using Palermo.Knowledge;
using Palermo.Search.Knowledge;

namespace Palermo.Search.Tests.Knowledge;

/// <summary>What a query asks of documents in the other five languages through the glossary.</summary>
public class KnowledgeQueryPlannerTests
{
    private static KnowledgeTermGroup Single(KnowledgeQueryPlan plan, string language) =>
        Assert.Single(Assert.Single(plan.Match.Clauses, c => c.Language == language).Groups);

    [Fact]
    public void Every_glossary_term_of_the_query_is_required_in_the_other_languages_as_its_own_words_are()
    {
        // «formation» (training) and «juges» (judges) are two glossary entries: an English document must speak of both,
        // as a French one must contain both words — not of either.
        var plan = KnowledgeQueryPlanner.Plan(KnowledgeKind.Practice, "formation des juges", "fr");
        Assert.Equal(["form", "juge"], Single(plan, "fr").Terms);
        var english = Single(plan, "en");
        Assert.True(english.RequireAll);
        Assert.Equal(["train", "judg"], english.Terms);
        Assert.Equal(6, plan.Match.Clauses.Count);
    }

    [Fact]
    public void A_quoted_term_is_a_phrase_in_every_language_and_its_shorter_entries_are_not_added()
    {
        // «smuggling of migrants» also contains the entry «migrants»: alone, it would find every French document on
        // migrants, far more than the phrase the query quotes.
        var plan = KnowledgeQueryPlanner.Plan(KnowledgeKind.Practice, "\"smuggling of migrants\"", "en");
        var french = Single(plan, "fr");
        Assert.Empty(french.Terms);
        var phrase = Assert.Single(french.PhraseList);
        Assert.Equal(["trafic", "ilicit", "migrant"], phrase.Terms);
        Assert.Equal([0, 1, 3], phrase.Positions);
        Assert.Single(Single(plan, "ar").PhraseList);
    }

    [Fact]
    public void Words_outside_the_glossary_stay_in_the_query_language_only()
    {
        var plan = KnowledgeQueryPlanner.Plan(KnowledgeKind.Practice, "victims Lagos", "en");
        Assert.Equal(2, Single(plan, "en").Terms.Count);
        Assert.Single(Single(plan, "es").Terms); // the entry «victim» in Spanish
        Assert.DoesNotContain(plan.Match.Clauses.Where(c => c.Language != "en").SelectMany(c => c.Groups).SelectMany(g => g.Terms),
            term => term.StartsWith("lago", StringComparison.Ordinal));
    }
}
