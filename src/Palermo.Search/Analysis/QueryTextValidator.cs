using System.Globalization;

namespace Palermo.Search.Analysis;

/// <summary>
/// Checks a user's search text before it reaches the analyzers and query parser; the web layer turns a rejection
/// into a 400 problem response carrying <see cref="QueryTextValidation.Code"/>.
/// </summary>
public static class QueryTextValidator
{
    /// <summary>Most characters (Unicode code points, so an emoji counts once) a query may have.</summary>
    public const int MaxLength = 1000;

    public static QueryTextValidation Validate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return QueryTextValidation.Reject(QueryTextProblem.Empty, "The search text is empty.");
        }

        // Cheap bound first: a string can never hold more code points than UTF-16 units.
        if (text.Length > MaxLength && CountCodePoints(text) > MaxLength)
        {
            return QueryTextValidation.Reject(
                QueryTextProblem.TooLong,
                string.Create(CultureInfo.InvariantCulture, $"The search text is longer than {MaxLength} characters."));
        }

        if (Utf16HasLoneSurrogate(text))
        {
            return QueryTextValidation.Reject(QueryTextProblem.InvalidUnicode, "The search text is not valid Unicode.");
        }

        if (text.Any(IsForbiddenControl))
        {
            return QueryTextValidation.Reject(QueryTextProblem.ControlCharacter, "The search text contains a control character.");
        }

        return QuotesAreBalanced(text)
            ? QueryTextValidation.Valid
            : QueryTextValidation.Reject(QueryTextProblem.UnbalancedQuotes, "The search text has an unclosed quotation mark.");
    }

    // Tab and line breaks come from pasting and are plain whitespace to the tokenizer; anything else (NUL, ESC,
    // C1 controls) is never typed by a person and can confuse logs and downstream parsers.
    private static bool IsForbiddenControl(char c) => char.IsControl(c) && c is not ('\t' or '\n' or '\r');

    private static int CountCodePoints(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    private static bool Utf16HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Phrase quotes must pair up: straight (and full-width) double quotes by count, because the same mark opens and
    /// closes; “ ” and « » (used in UN French, Russian and Arabic texts) by nesting, closing never before opening.
    /// </summary>
    private static bool QuotesAreBalanced(string text)
    {
        var straight = 0;
        var curly = 0;
        var guillemets = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case '"' or '\uFF02': straight++; break;
                case '\u201C': curly++; break;
                case '\u201D' when --curly < 0: return false;
                case '\u00AB': guillemets++; break;
                case '\u00BB' when --guillemets < 0: return false;
            }
        }

        return straight % 2 == 0 && curly == 0 && guillemets == 0;
    }
}
