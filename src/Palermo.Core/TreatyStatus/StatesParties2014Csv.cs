using System.Globalization;

namespace Palermo.TreatyStatus;

/// <summary>
/// Reads the 2014 snapshot <c>data/treaty-status/states-parties-2014.csv</c> (UN Treaty Collection scrape,
/// latest action 2013-12-13) that seeds treaty status on a new database.
/// </summary>
public static class StatesParties2014Csv
{
    public static readonly DateOnly AsOf = new(2013, 12, 13);

    public const string Source =
        "UN Treaty Collection, chapters XVIII-12-a and XVIII-12-b (scrape; latest action 2013-12-13, file of 2014-07-10)";

    public sealed record Row(string Name, string Iso3, Protocol Protocol, DateOnly? Signature, DateOnly? Consent, ConsentAction? Action);

    public static IReadOnlyList<Row> Read(string path)
    {
        var rows = new List<Row>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var cells = SplitCsv(line);
            var name = cells[0];
            var iso3 = cells[1];
            AddIfParticipant(rows, name, iso3, Protocol.TIP, cells[2], cells[3], cells[4]);
            AddIfParticipant(rows, name, iso3, Protocol.SOM, cells[5], cells[6], cells[7]);
        }
        return rows;
    }

    private static void AddIfParticipant(List<Row> rows, string name, string iso3, Protocol protocol, string signature, string consent, string action)
    {
        if (signature.Length == 0 && consent.Length == 0) return;
        // A signatory that has not consented yet is marked "signature only" in the action column: no consent action.
        rows.Add(new(name, iso3, protocol, ParseDate(signature), ParseDate(consent),
            action.Length == 0 || consent.Length == 0 ? null : Enum.Parse<ConsentAction>(action, ignoreCase: true)));
    }

    private static DateOnly? ParseDate(string text) =>
        text.Length == 0 ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Minimal RFC 4180 split: the file quotes names that contain commas.</summary>
    private static List<string> SplitCsv(string line)
    {
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else current.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { cells.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }
        cells.Add(current.ToString());
        while (cells.Count < 9) cells.Add("");
        return cells;
    }
}
