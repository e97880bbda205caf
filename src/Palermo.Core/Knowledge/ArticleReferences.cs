using System.Globalization;
using System.Text.RegularExpressions;

namespace Palermo.Knowledge;

/// <summary>
/// Article references as records carry them: the instrument's code, a space and the article number («TIP 6»), so that
/// «TIP art. 6», «tip-6», «Article 6» of a Trafficking in Persons practice and «المادة 6» are one facet value and one
/// filter. Text that is no plain article reference («art. 6(3)(b)», a paragraph) is kept as written.
/// </summary>
public static partial class ArticleReferences
{
    // Articles in each instrument (General Assembly resolution 55/25: the Convention, annex I, has 41; the Trafficking
    // in Persons Protocol, annex II, 20; the Smuggling of Migrants Protocol, annex III, 25).
    private static readonly Dictionary<string, int> ArticleCounts = new(StringComparer.Ordinal)
    {
        ["UNTOC"] = 41,
        ["TIP"] = 20,
        ["SOM"] = 25,
    };

    /// <summary>What a written reference stands for: the canonical reference, or the text kept as written, or a problem.</summary>
    /// <param name="Reference">The value to store; null when <paramref name="Unknown"/>.</param>
    /// <param name="Unknown">The instrument has no such article («TIP 99»).</param>
    public sealed record Reading(string? Reference, bool Unknown);

    /// <summary>
    /// <paramref name="text"/> read as an article reference; without an instrument, the record's only protocol is meant
    /// (with none or several, the text is kept as written: which instrument is meant cannot be told).
    /// </summary>
    public static Reading Read(string text, IReadOnlyList<string> protocols)
    {
        var trimmed = text.Trim();
        var match = Pattern().Match(trimmed);
        if (!match.Success) return new(trimmed, false);
        var instrument = match.Groups["instrument"].Success ? match.Groups["instrument"].Value.ToUpperInvariant()
            : protocols.Count == 1 ? protocols[0] : null;
        if (instrument is null || !ArticleCounts.TryGetValue(instrument, out var count)) return new(trimmed, false);
        var number = int.Parse(match.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        return number >= 1 && number <= count
            ? new($"{instrument} {number.ToString(CultureInfo.InvariantCulture)}", false)
            : new(null, true);
    }

    // [instrument] [art. | article | artículo | статья | ст. | المادة | 第] number [条]; Arabic-Indic digits are not
    // expected here (the form and API take Western digits, as the protocols' article numbers are cited).
    [GeneratedRegex(@"^(?:(?<instrument>TIP|SOM|UNTOC)\s*[-,:.]?\s*)?(?:(?:art(?:icle|ículo|iculo)?s?|статья|ст|المادة|第)\s*\.?\s*)?(?<number>[0-9]{1,3})\s*条?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
