namespace Palermo.TravelDocuments;

internal static class MrzLines
{
    public static string[] Split(ReadOnlySpan<char> mrz, MrzLayout layout)
    {
        var lines = new string[layout.LineCount];
        for (var i = 0; i < lines.Length; i++) lines[i] = new string(mrz.Slice(i * layout.LineLength, layout.LineLength));
        return lines;
    }

    /// <summary>Field text without filler at either end; filler inside stays, since it can be meaningful there.</summary>
    public static string Text(ReadOnlySpan<char> field)
    {
        var trimmed = field.Trim('<');
        return trimmed.IsEmpty ? string.Empty : new string(trimmed);
    }
}
