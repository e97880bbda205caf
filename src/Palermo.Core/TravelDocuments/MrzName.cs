namespace Palermo.TravelDocuments;

/// <summary>
/// Splits the MRZ name field: <c>&lt;&lt;</c> separates primary from secondary identifiers,
/// a single <c>&lt;</c> separates components, which are joined with spaces.
/// </summary>
internal static class MrzName
{
    public static void Split(ReadOnlySpan<char> field, out string primary, out string secondary)
    {
        var separator = field.IndexOf("<<", StringComparison.Ordinal);
        primary = Components(separator < 0 ? field : field[..separator]);
        secondary = separator < 0 ? string.Empty : Components(field[(separator + 2)..]);
    }

    public static bool HasOnlyLettersAndFiller(ReadOnlySpan<char> field) => !field.ContainsAnyInRange('0', '9');

    private static string Components(ReadOnlySpan<char> part)
    {
        part = part.Trim('<');
        if (part.IsEmpty) return string.Empty;
        if (!part.Contains('<')) return new string(part);

        Span<char> buffer = stackalloc char[part.Length];
        var length = 0;
        var previousWasFiller = false;
        foreach (var c in part)
        {
            if (c == '<')
            {
                // Runs of filler inside the secondary identifier are one separator.
                if (!previousWasFiller) buffer[length++] = ' ';
                previousWasFiller = true;
            }
            else
            {
                buffer[length++] = c;
                previousWasFiller = false;
            }
        }

        return new string(buffer[..length]);
    }
}
