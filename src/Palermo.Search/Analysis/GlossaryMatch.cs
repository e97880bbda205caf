namespace Palermo.Search.Analysis;

/// <summary>A glossary entry found in a query, with what to search for in the other languages.</summary>
/// <param name="Entry">The glossary entry that matched.</param>
/// <param name="Matched">The entry's term in the query's language.</param>
/// <param name="QueryTermIndex">Where the match starts among the query's analyzed terms.</param>
/// <param name="Equivalents">The entry's terms in the other languages (never the query's own), keyed by language code.</param>
public sealed record GlossaryMatch(
    GlossaryEntry Entry,
    GlossaryTerm Matched,
    int QueryTermIndex,
    IReadOnlyDictionary<string, GlossaryTerm> Equivalents);
