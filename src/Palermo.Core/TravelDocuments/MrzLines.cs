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

    /// <summary>A country code field without filler, reusing the ISO table's string (or Doc 9303's) when it is a known code.</summary>
    public static string Code(ReadOnlySpan<char> field)
    {
        var trimmed = field.Trim('<');
        var index = Iso3166Alpha3.Index(trimmed);
        if (index >= 0 && Iso3166Alpha3.Canonical(index) is { } known) return known;
        return IcaoOnlyCodes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(trimmed, out var icao) ? icao : Text(field);
    }

    /// <summary>D, XXA, UTO and the other Doc 9303 codes outside ISO 3166-1, so that they are not allocated per parse either.</summary>
    private static readonly System.Collections.Frozen.FrozenDictionary<string, string> IcaoOnlyCodes =
        System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(IcaoCodes.Additional.Keys.Select(k => KeyValuePair.Create(k, k)), StringComparer.Ordinal);

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

/// <summary>
/// A list of warning codes. The codes are a closed set, always added in the order of <see cref="Order"/> (the order
/// the parser meets them), so a bit mask holds the list and each combination's read-only list is built once and
/// shared: a parse allocates nothing for its warnings.
/// </summary>
internal struct Notes
{
    /// <summary>Every code of <see cref="MrzWarnings"/>, in the order <see cref="MrzParser"/> adds them.</summary>
    private static readonly string[] Order =
    [
        MrzWarnings.DocumentCodeInvalid, MrzWarnings.NameInvalidCharacters, MrzWarnings.SexInvalid,
        MrzWarnings.IssuingStateUnknown, MrzWarnings.NationalityStateless, MrzWarnings.NationalityRefugee,
        MrzWarnings.NationalityUnspecified, MrzWarnings.NationalityUnknown, MrzWarnings.SpecimenDocument,
        MrzWarnings.DateOfBirthPartial, MrzWarnings.DateOfBirthUnknown, MrzWarnings.DateOfBirthInvalid,
        MrzWarnings.DateOfExpiryPartial, MrzWarnings.DateOfExpiryUnknown, MrzWarnings.DateOfExpiryInvalid,
        MrzWarnings.DocumentExpired, MrzWarnings.CheckDigitFailed, MrzWarnings.LongDocumentNumber,
    ];

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<uint, IReadOnlyList<string>> Lists = new();

    private uint _mask;

    public void Add(string code)
    {
        for (var i = 0; i < Order.Length; i++)
        {
            if (ReferenceEquals(Order[i], code) || string.Equals(Order[i], code, StringComparison.Ordinal))
            {
                _mask |= 1u << i;
                return;
            }
        }
        throw new ArgumentOutOfRangeException(nameof(code), code, "Not an MRZ warning code.");
    }

    public readonly IReadOnlyList<string> ToList() =>
        _mask == 0 ? [] : Lists.GetOrAdd(_mask, static mask => Array.AsReadOnly(Order.Where((_, i) => (mask & (1u << i)) != 0).ToArray()));
}
