namespace Palermo.TravelDocuments;

internal static class MrzLines
{
    public static string[] Split(ReadOnlySpan<char> mrz, MrzLayout layout)
    {
        var lines = new string[layout.LineCount];
        for (var i = 0; i < lines.Length; i++) lines[i] = new string(mrz.Slice(i * layout.LineLength, layout.LineLength));
        return lines;
    }

    // One-character strings recur in every result (sex, check digits, document codes); they are shared, not allocated.
    private static readonly string[] CharacterStrings = BuildCharacterStrings();

    public static string Character(char c) => c < CharacterStrings.Length ? CharacterStrings[c] : new string(c, 1);

    /// <summary>A country code field without filler, reusing the ISO table's string when it is a known code.</summary>
    public static string Code(ReadOnlySpan<char> field)
    {
        var trimmed = field.Trim('<');
        var index = Iso3166Alpha3.Index(trimmed);
        return index >= 0 && Iso3166Alpha3.Canonical(index) is { } known ? known : Text(field);
    }

    private static string[] BuildCharacterStrings()
    {
        var strings = new string[128];
        for (var c = 0; c < strings.Length; c++) strings[c] = new string((char)c, 1);
        return strings;
    }

    /// <summary>Field text without filler at either end; filler inside stays, since it can be meaningful there.</summary>
    public static string Text(ReadOnlySpan<char> field)
    {
        var trimmed = field.Trim('<');
        if (trimmed.IsEmpty) return string.Empty;
        return trimmed.Length == 1 ? Character(trimmed[0]) : new string(trimmed);
    }
}

/// <summary>The MRZ lines, cut from the buffer only when someone asks (the JSON API does; bulk validation does not).</summary>
internal sealed class MrzLineList(char[] mrz, MrzLayout layout) : IReadOnlyList<string>
{
    private string[]? _lines;

    private string[] Lines => _lines ??= MrzLines.Split(mrz, layout);

    public string this[int index] => Lines[index];

    public int Count => layout.LineCount;

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)Lines).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A list of warning codes that allocates nothing until the first one.</summary>
internal struct Notes
{
    private List<string>? _items;

    public void Add(string code) => (_items ??= new List<string>(2)).Add(code);

    public readonly IReadOnlyList<string> ToList() => _items is null ? [] : _items;
}
