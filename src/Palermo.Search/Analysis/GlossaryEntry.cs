namespace Palermo.Search.Analysis;

/// <summary>One concept of the glossary (e.g. trafficking-in-persons) with its term in each language that has one.</summary>
public sealed class GlossaryEntry
{
    public GlossaryEntry(string key, IReadOnlyDictionary<string, GlossaryTerm> termsByLanguage)
    {
        Key = key;
        TermsByLanguage = termsByLanguage;
    }

    /// <summary>Stable identifier from the glossary's key column.</summary>
    public string Key { get; }

    /// <summary>The entry's terms keyed by language code.</summary>
    public IReadOnlyDictionary<string, GlossaryTerm> TermsByLanguage { get; }

    public override string ToString() => Key;
}
