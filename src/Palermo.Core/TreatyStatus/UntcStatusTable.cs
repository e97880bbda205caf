using System.Globalization;

namespace Palermo.TreatyStatus;

/// <summary>One problem in an imported status table; <see cref="Code"/> is localized by the caller.</summary>
public sealed record ImportProblem(int Line, string Code, string Value);

public sealed record UntcStatusRow(int Line, string Participant, string Iso3, DateOnly? Signature, DateOnly? Consent, ConsentAction? Action);

public sealed record UntcParseResult(IReadOnlyList<UntcStatusRow> Rows, IReadOnlyList<ImportProblem> Problems)
{
    public bool IsValid => Problems.Count == 0 && Rows.Count > 0;
}

/// <summary>
/// Parses the UN Treaty Collection status table as copied from the Collection (tab-separated) or saved as CSV:
/// columns Participant; Signature; Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d).
/// Dates read like <c>12 Dec 2000</c>, the action's letter after the date. Every bad row is reported with its
/// line number; the caller applies nothing unless the whole table is valid.
/// </summary>
public static class UntcStatusTable
{
    private static readonly string[] DateFormats = ["d MMM yyyy", "dd MMM yyyy", "d MMMM yyyy", "dd MMMM yyyy"];

    public static UntcParseResult Parse(string text, ParticipantNames names)
    {
        var rows = new List<UntcStatusRow>();
        var problems = new List<ImportProblem>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var headerSeen = false;
        char delimiter = '\t';
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);

        for (var index = 0; index < lines.Length; index++)
        {
            var lineNumber = index + 1;
            var line = lines[index].TrimEnd();
            if (line.Length == 0) continue;
            if (!headerSeen)
            {
                if (!line.TrimStart('\uFEFF').StartsWith("Participant", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add(new(lineNumber, "missing-header", Shorten(line)));
                    return new([], problems);
                }
                delimiter = line.Contains('\t', StringComparison.Ordinal) ? '\t' : line.Contains(';', StringComparison.Ordinal) ? ';' : ',';
                headerSeen = true;
                continue;
            }

            var cells = Split(line, delimiter);
            if (cells.Count < 2 || cells.Count > 3)
            {
                problems.Add(new(lineNumber, "wrong-column-count", cells.Count.ToString(CultureInfo.InvariantCulture)));
                continue;
            }
            var participant = cells[0].Trim();
            var iso3 = names.Resolve(participant);
            if (participant.Length == 0) { problems.Add(new(lineNumber, "missing-participant", "")); continue; }
            if (iso3 is null) { problems.Add(new(lineNumber, "unknown-participant", participant)); continue; }
            if (seen.TryGetValue(iso3, out var firstLine))
            {
                problems.Add(new(lineNumber, "duplicate-participant", $"{participant} ({firstLine.ToString(CultureInfo.InvariantCulture)})"));
                continue;
            }
            seen[iso3] = lineNumber;

            var signatureText = cells[1].Trim();
            var consentText = cells.Count > 2 ? cells[2].Trim() : "";
            DateOnly? signature = null;
            if (signatureText.Length > 0)
            {
                if (!TryParseDate(signatureText, out var date)) { problems.Add(new(lineNumber, "invalid-signature-date", signatureText)); continue; }
                signature = date;
            }
            DateOnly? consent = null;
            ConsentAction? action = null;
            if (consentText.Length > 0)
            {
                if (!TryParseConsent(consentText, out var consentDate, out var consentAction))
                {
                    problems.Add(new(lineNumber, "invalid-consent", consentText));
                    continue;
                }
                if (consentAction == ConsentAction.Ratification && signature is null)
                {
                    problems.Add(new(lineNumber, "ratification-without-signature", participant));
                    continue;
                }
                if (signature is { } signed && consentDate < signed)
                {
                    problems.Add(new(lineNumber, "consent-before-signature", consentText));
                    continue;
                }
                (consent, action) = (consentDate, consentAction);
            }
            if (signature is null && consent is null)
            {
                problems.Add(new(lineNumber, "no-action", participant));
                continue;
            }
            rows.Add(new(lineNumber, participant, iso3, signature, consent, action));
        }

        if (!headerSeen) problems.Add(new(1, "empty-file", ""));
        else if (rows.Count == 0 && problems.Count == 0) problems.Add(new(1, "no-rows", ""));
        return new(rows, problems);
    }

    private static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>"12 Dec 2000" (ratification), "17 Feb 2010 a", "7 Sep 2006 A", "6 Sep 2006 AA", "23 Oct 2006 d".</summary>
    private static bool TryParseConsent(string text, out DateOnly date, out ConsentAction action)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        action = ConsentAction.Ratification;
        date = default;
        if (parts.Length == 4)
        {
            ConsentAction? marked = parts[3] switch
            {
                "a" => ConsentAction.Accession,
                "A" => ConsentAction.Acceptance,
                "AA" => ConsentAction.Approval,
                "d" => ConsentAction.Succession,
                _ => null,
            };
            if (marked is null) return false;
            action = marked.Value;
        }
        else if (parts.Length != 3) return false;
        return TryParseDate(string.Join(' ', parts[0], parts[1], parts[2]), out date);
    }

    private static List<string> Split(string line, char delimiter)
    {
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"') quoted = !quoted;
            else if (c == delimiter && !quoted) { cells.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }
        cells.Add(current.ToString());
        return cells;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60];
}
