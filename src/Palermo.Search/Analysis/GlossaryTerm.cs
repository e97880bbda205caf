namespace Palermo.Search.Analysis;

/// <summary>A glossary term in one language: as written, and as the analyzer for that language reduces it.</summary>
/// <param name="LanguageCode">One of ar, zh, en, fr, ru, es.</param>
/// <param name="Text">The term as written in the glossary, e.g. «traite des personnes».</param>
/// <param name="Terms">The analyzed terms, in order (what a query expansion should search for), e.g. trait, person.</param>
public sealed record GlossaryTerm(string LanguageCode, string Text, IReadOnlyList<string> Terms);
