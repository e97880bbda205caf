namespace Palermo.Knowledge;

/// <summary>
/// Victims appear in case law by initials only. Accepted: one to four letters, each a capital (Latin, Cyrillic, Greek)
/// or, in scripts without capitals (Arabic, Chinese), followed by a dot — «A.B.», «AB», «M. K.», «س.ع.». Anything
/// that could be a name («Maria», «Ana», «سارة») is refused.
/// </summary>
public static class VictimInitials
{
    public const int MaxLetters = 4;

    public static bool IsValid(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        var value = text.Trim();
        var letters = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '.' or ' ' or '-') continue;
            if (!char.IsLetter(c)) return false;
            letters++;
            var cased = char.IsUpper(c) || char.IsLower(c);
            if (cased && !char.IsUpper(c)) return false;
            // An uncased letter must stand alone: «سارة» is four letters in a row, a name, not initials.
            if (!cased && i + 1 < value.Length && char.IsLetter(value[i + 1])) return false;
        }
        return letters is > 0 and <= MaxLetters;
    }
}
