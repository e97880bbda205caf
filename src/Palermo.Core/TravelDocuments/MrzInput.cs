using System.Globalization;

namespace Palermo.TravelDocuments;

/// <summary>
/// Turns pasted or OCR'd text into one flat, upper-case buffer of MRZ characters, or says why it is not an MRZ.
/// Lines are trimmed, blank lines dropped, and \r\n, \n or \r all end a line.
/// </summary>
internal static class MrzInput
{
    private const int MaxLines = 3;

    /// <summary>Largest MRZ: 2 × 44 (TD3) or 3 × 30 (TD1) characters.</summary>
    public const int MaxLength = 90;

    /// <summary>Writes the MRZ into <paramref name="mrz"/> (at least <see cref="MaxLength"/> long); its length is <c>layout.TotalLength</c>.</summary>
    public static MrzStructureError? TryNormalize(string? text, Span<char> mrz, out MrzLayout? layout)
    {
        layout = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return new MrzStructureError(MrzErrorCodes.Empty, "The text is empty; an MRZ has 2 or 3 lines.");
        }

        Span<int> starts = stackalloc int[MaxLines];
        Span<int> lengths = stackalloc int[MaxLines];
        var count = 0;
        var span = text.AsSpan();
        var position = 0;
        while (position <= span.Length)
        {
            var rest = span[position..];
            var end = rest.IndexOfAny('\r', '\n');
            var raw = end < 0 ? rest : rest[..end];
            var trimmedStart = 0;
            while (trimmedStart < raw.Length && char.IsWhiteSpace(raw[trimmedStart])) trimmedStart++;
            var trimmedEnd = raw.Length;
            while (trimmedEnd > trimmedStart && char.IsWhiteSpace(raw[trimmedEnd - 1])) trimmedEnd--;
            if (trimmedEnd > trimmedStart)
            {
                if (count == MaxLines)
                {
                    return new MrzStructureError(MrzErrorCodes.LineCount, "An MRZ has 2 or 3 lines; the text has more than 3.");
                }

                starts[count] = position + trimmedStart;
                lengths[count] = trimmedEnd - trimmedStart;
                count++;
            }

            if (end < 0) break;
            position += end + 1;
        }

        if (count < 2)
        {
            return new MrzStructureError(MrzErrorCodes.LineCount, "An MRZ has 2 lines (TD2, TD3, visas) or 3 lines (TD1); the text has 1.");
        }

        var lineLength = lengths[0];
        for (var i = 1; i < count; i++)
        {
            if (lengths[i] != lineLength)
            {
                return new MrzStructureError(MrzErrorCodes.LineLength, Invariant(
                    $"All MRZ lines have the same length; line 1 has {lineLength} characters, line {i + 1} has {lengths[i]}."));
            }
        }

        var first = Upper(span[starts[0]]);
        layout = MrzLayout.Detect(count, lineLength, first);
        if (layout is null)
        {
            return new MrzStructureError(MrzErrorCodes.LineLength, Invariant(
                $"{count} lines of {lineLength} characters is no MRZ format; expected 3 × 30 (TD1), 2 × 36 (TD2, MRV-B) or 2 × 44 (TD3, MRV-A)."));
        }

        for (var line = 0; line < count; line++)
        {
            var source = span.Slice(starts[line], lineLength);
            for (var column = 0; column < lineLength; column++)
            {
                var c = Upper(source[column]);
                if (!IsMrzCharacter(c))
                {
                    layout = null;
                    return new MrzStructureError(MrzErrorCodes.InvalidCharacter, Invariant(
                        $"Line {line + 1}, position {column + 1}: U+{(int)source[column]:X4} is not an MRZ character (A–Z, 0–9, <)."));
                }

                mrz[(line * lineLength) + column] = c;
            }
        }

        return null;
    }

    // Only ASCII letters are folded: any other letter is not OCR-B and so cannot be MRZ text.
    private static char Upper(char c) => c is >= 'a' and <= 'z' ? (char)(c - ('a' - 'A')) : c;

    internal static bool IsMrzCharacter(char c) => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '<';

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
