using System.Globalization;
using Palermo.Knowledge;
using Palermo.Search.Analysis;

namespace Palermo.Search.Knowledge;

/// <summary>A search turned into analyzed terms: what to match, in which languages, and which terms to highlight.</summary>
/// <param name="Language">The query's language: hits written in it rank above glossary matches in the others.</param>
public sealed record KnowledgeQueryPlan(string Language, KnowledgeMatchQuery Match, IReadOnlyDictionary<string, HashSet<string>> HighlightTerms);

/// <summary>The language a query is taken in, and others its words may be written in as well (searched below it).</summary>
public sealed record QueryLanguages(string Language, IReadOnlyList<string> AlsoWrittenIn);

/// <summary>
/// Builds <see cref="KnowledgeQueryPlan"/>s: all analyzed query terms in the query's language, plus the glossary's
/// equivalents of the protocol vocabulary found in the query in the other five languages.
/// </summary>
public static class KnowledgeQueryPlanner
{
    private const int MoreLikeThisTerms = 12;

    /// <summary>A plan for <paramref name="text"/>; null or blank text lists every document.</summary>
    /// <param name="alsoWrittenIn">Other languages the query's words may be written in (see <see cref="DetectLanguages"/>):
    /// their records are also searched for the words themselves, analyzed as that language.</param>
    public static KnowledgeQueryPlan Plan(KnowledgeKind? kind, string? text, string language, IReadOnlyCollection<string>? alsoWrittenIn = null)
    {
        language = PalermoAnalyzers.CanonicalLanguage(language);
        if (string.IsNullOrWhiteSpace(text))
            return new(language, KnowledgeMatchQuery.All(kind), new Dictionary<string, HashSet<string>>(StringComparer.Ordinal));

        // Quotes were checked for balance by the validator: quoted text is an exact phrase (after the same analysis),
        // the rest is words that must all occur.
        var (free, phrases) = SplitPhrases(text);
        var groups = new Dictionary<string, List<KnowledgeTermGroup>>(StringComparer.Ordinal);
        if (WordsIn(language, free, phrases) is { } ownGroup) Add(groups, language, ownGroup);
        foreach (var (other, group) in Equivalents(language, free, phrases)) Add(groups, other, group);
        foreach (var other in alsoWrittenIn ?? [])
        {
            var also = PalermoAnalyzers.CanonicalLanguage(other);
            if (!string.Equals(also, language, StringComparison.Ordinal) && WordsIn(also, free, phrases) is { } group) Add(groups, also, group);
        }
        return Build(kind, language, groups, MatchAll: false);
    }

    /// <summary>The query's words and phrases as <paramref name="language"/>'s analyzer sees them, all required; null when none is left.</summary>
    private static KnowledgeTermGroup? WordsIn(string language, string free, List<string> phrases)
    {
        var terms = PalermoAnalyzers.AnalyzeToTerms(language, free).ToList();
        var exact = new List<KnowledgePhrase>();
        foreach (var phrase in phrases.Select(p => KnowledgePhrase.Of(language, p)).OfType<KnowledgePhrase>())
        {
            if (phrase.Terms.Count == 1) terms.Add(phrase.Terms[0]);
            else exact.Add(phrase);
        }
        var group = new KnowledgeTermGroup(terms.Distinct(StringComparer.Ordinal).ToList(), RequireAll: true, exact);
        return group.IsEmpty ? null : group;
    }

    /// <summary>
    /// What the query asks for in each other language: every protocol term the glossary knows in the query (the longest
    /// entry where entries overlap: «smuggling of migrants», not also «migrants»), all required, as the query's own
    /// words all are; terms found inside a quoted phrase are looked for as phrases. A language lacking an equivalent of
    /// one of them gets no clause: it could not ask for everything the query asks for.
    /// </summary>
    private static IEnumerable<(string Language, KnowledgeTermGroup Group)> Equivalents(string language, string free, List<string> phrases)
    {
        var words = Longest(MultilingualGlossary.Default.FindEquivalents(language, free));
        var quoted = phrases.SelectMany(p => Longest(MultilingualGlossary.Default.FindEquivalents(language, p))).ToList();
        if (words.Count + quoted.Count == 0) yield break;
        foreach (var other in PalermoAnalyzers.SupportedLanguages.Where(l => !string.Equals(l, language, StringComparison.Ordinal)))
        {
            var terms = new List<string>();
            var exact = new List<KnowledgePhrase>();
            var complete = true;
            foreach (var match in words)
            {
                if (match.Equivalents.TryGetValue(other, out var term) && term.Terms.Count > 0) terms.AddRange(term.Terms);
                else complete = false;
            }
            foreach (var match in quoted)
            {
                if (!match.Equivalents.TryGetValue(other, out var term) || KnowledgePhrase.Of(other, term.Text) is not { } phrase) complete = false;
                else if (phrase.Terms.Count == 1) terms.Add(phrase.Terms[0]);
                else exact.Add(phrase);
            }
            if (complete) yield return (other, new KnowledgeTermGroup(terms.Distinct(StringComparer.Ordinal).ToList(), RequireAll: true, exact));
        }
    }

    /// <summary>The matches not inside a longer match of the same query.</summary>
    private static List<GlossaryMatch> Longest(IReadOnlyList<GlossaryMatch> matches) =>
        matches.Where(m => !matches.Any(longer => longer.Matched.Terms.Count > m.Matched.Terms.Count
            && longer.QueryTermIndex <= m.QueryTermIndex
            && longer.QueryTermIndex + longer.Matched.Terms.Count >= m.QueryTermIndex + m.Matched.Terms.Count)).ToList();

    /// <summary>Documents like <paramref name="document"/>: any of its most frequent terms, and its title's glossary terms elsewhere.</summary>
    public static KnowledgeQueryPlan MoreLikeThis(KnowledgeDocument document)
    {
        var frequent = document.Terms()
            .Where(t => t.Length > 1 || document.Language == "zh")
            .GroupBy(t => t, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(MoreLikeThisTerms).Select(g => g.Key).ToList();
        var groups = new Dictionary<string, List<KnowledgeTermGroup>>(StringComparer.Ordinal);
        if (frequent.Count > 0) Add(groups, document.Language, new KnowledgeTermGroup(frequent, RequireAll: false));
        foreach (var match in MultilingualGlossary.Default.FindEquivalents(document.Language, document.Title))
        {
            foreach (var (other, term) in match.Equivalents)
                if (term.Terms.Count > 0) Add(groups, other, new KnowledgeTermGroup(term.Terms, RequireAll: true));
        }
        return Build(document.Kind, document.Language, groups, MatchAll: false);
    }

    /// <summary>
    /// The language of a query typed into the one search box: its script decides for Arabic, Russian and Chinese;
    /// Latin-script text is English, French or Spanish as its letters, glossary terms and stop words say
    /// (<see cref="LatinQueryLanguage"/>), else <paramref name="fallback"/> when that is one of the three, else English.
    /// </summary>
    public static string DetectLanguage(string? text, string? fallback) => DetectLanguages(text, fallback).Language;

    /// <summary>
    /// <see cref="DetectLanguage"/>, and the languages the query's words may be written in as well: when nothing in
    /// Latin-script text tells English, French and Spanish apart («équipe commune», «inspecteurs», «police»), the other
    /// two are searched for the same words, ranked below the one taken. Nobody who did not say which language they
    /// type in should miss the French record titled with the very word they typed.
    /// </summary>
    public static QueryLanguages DetectLanguages(string? text, string? fallback)
    {
        foreach (var c in text ?? "")
        {
            if (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF') return new("ar", []);
            if (c is >= '\u0400' and <= '\u04FF') return new("ru", []);
            if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF') return new("zh", []);
        }
        if (LatinQueryLanguage.Decide(text ?? "") is { } decided) return new(decided, []);
        var candidate = (fallback ?? "").ToLower(CultureInfo.InvariantCulture);
        var language = LatinQueryLanguage.Languages.Contains(candidate, StringComparer.Ordinal) ? candidate : PalermoLanguages.Default;
        var hasLetters = (text ?? "").Any(char.IsLetter);
        return new(language, hasLetters ? [.. LatinQueryLanguage.Languages.Where(l => l != language)] : []);
    }

    /// <summary>The text outside quotes, and each quoted phrase. " and ＂ open and close; “ ” and « » pair up.</summary>
    internal static (string Free, List<string> Phrases) SplitPhrases(string text)
    {
        var free = new System.Text.StringBuilder();
        var phrases = new List<string>();
        System.Text.StringBuilder? phrase = null;
        foreach (var c in text)
        {
            var opens = c is '\u201C' or '\u00AB' || (c is '"' or '\uFF02' && phrase is null);
            var closes = c is '\u201D' or '\u00BB' || (c is '"' or '\uFF02' && phrase is not null);
            if (opens && phrase is null)
            {
                phrase = new System.Text.StringBuilder();
                free.Append(' ');
            }
            else if (closes && phrase is not null)
            {
                if (!string.IsNullOrWhiteSpace(phrase.ToString())) phrases.Add(phrase.ToString());
                phrase = null;
            }
            else if (opens || closes) (phrase ?? free).Append(' ');
            else (phrase ?? free).Append(c);
        }
        if (phrase is not null) free.Append(' ').Append(phrase);
        return (free.ToString(), phrases);
    }

    private static void Add(Dictionary<string, List<KnowledgeTermGroup>> groups, string language, KnowledgeTermGroup group)
    {
        if (!groups.TryGetValue(language, out var list)) groups[language] = list = [];
        if (!list.Any(g => g.RequireAll == group.RequireAll && g.Terms.SequenceEqual(group.Terms, StringComparer.Ordinal))) list.Add(group);
    }

    private static KnowledgeQueryPlan Build(KnowledgeKind? kind, string language, Dictionary<string, List<KnowledgeTermGroup>> groups, bool MatchAll)
    {
        var clauses = groups.Select(pair => new KnowledgeClause(pair.Key, pair.Value)).ToList();
        var highlight = groups.ToDictionary(pair => pair.Key,
            pair => pair.Value.SelectMany(g => g.Terms.Concat(g.PhraseList.SelectMany(p => p.Terms))).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        return new(language, new KnowledgeMatchQuery(kind, clauses, MatchAll), highlight);
    }
}
