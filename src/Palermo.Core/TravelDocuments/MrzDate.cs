namespace Palermo.TravelDocuments;

/// <summary>What a YYMMDD field says.</summary>
internal enum MrzDateStatus
{
    /// <summary>A real calendar date.</summary>
    Complete,

    /// <summary>Some parts are unknown (<c>&lt;&lt;</c>); the known parts are consistent.</summary>
    Partial,

    /// <summary>All six characters are filler: no date given.</summary>
    Unknown,

    /// <summary>Not a calendar date (e.g. 31 February, month 13, a letter).</summary>
    Invalid,
}

internal enum MrzDateKind
{
    Birth,
    Expiry,
}

/// <summary>
/// Reads YYMMDD dates. Unknown parts are written <c>&lt;&lt;</c> and come out as <c>XX</c>/<c>XXXX</c> in the ISO text.
/// Two-digit years get a century: a birth date takes the latest one not in the future; an expiry date the one
/// within 50 years back to 50 years ahead of today.
/// </summary>
internal static class MrzDate
{
    private const int Unknown = -1;
    private const int Bad = -2;

    public static MrzDateStatus Read(ReadOnlySpan<char> yymmdd, MrzDateKind kind, DateOnly today, out string? iso) =>
        Read(yymmdd, kind, today, out iso, out _);

    /// <param name="exact">The date when the status is <see cref="MrzDateStatus.Complete"/>.</param>
    public static MrzDateStatus Read(ReadOnlySpan<char> yymmdd, MrzDateKind kind, DateOnly today, out string? iso, out DateOnly exact) =>
        Read(yymmdd, kind, today, formatIso: true, out iso, out exact);

    /// <summary>True unless the field is a date that cannot exist; used where only validity matters, so nothing is formatted.</summary>
    public static bool IsPossible(ReadOnlySpan<char> yymmdd, MrzDateKind kind, DateOnly today) =>
        Read(yymmdd, kind, today, formatIso: false, out _, out _) != MrzDateStatus.Invalid;

    private static MrzDateStatus Read(ReadOnlySpan<char> yymmdd, MrzDateKind kind, DateOnly today, bool formatIso, out string? iso, out DateOnly exact)
    {
        iso = null;
        exact = default;
        var yy = Pair(yymmdd, 0);
        var month = Pair(yymmdd, 2);
        var day = Pair(yymmdd, 4);
        if (yy == Bad || month == Bad || day == Bad) return MrzDateStatus.Invalid;
        if (yy == Unknown && month == Unknown && day == Unknown) return MrzDateStatus.Unknown;
        if (month != Unknown && (month < 1 || month > 12)) return MrzDateStatus.Invalid;

        var year = yy == Unknown ? Unknown : kind == MrzDateKind.Birth ? BirthYear(yy, month, day, today) : ExpiryYear(yy, today);
        if (day != Unknown && (day < 1 || day > MaxDay(year, month))) return MrzDateStatus.Invalid;

        if (formatIso) iso = Format(year, month, day);
        if (yy == Unknown || month == Unknown || day == Unknown) return MrzDateStatus.Partial;
        exact = new DateOnly(year, month, day);
        return MrzDateStatus.Complete;
    }

    private static int Pair(ReadOnlySpan<char> text, int at)
    {
        char tens = text[at], units = text[at + 1];
        if (tens == '<' && units == '<') return Unknown;
        if (tens is < '0' or > '9' || units is < '0' or > '9') return Bad;
        return ((tens - '0') * 10) + (units - '0');
    }

    private static int BirthYear(int yy, int month, int day, DateOnly today)
    {
        var year = (today.Year / 100 * 100) + yy;
        // Unknown month or day count as "early", so they never push the date into the future on their own.
        var inFuture = year > today.Year
            || (year == today.Year && month != Unknown
                && (month > today.Month || (month == today.Month && day != Unknown && day > today.Day)));
        return inFuture ? year - 100 : year;
    }

    private static int ExpiryYear(int yy, DateOnly today)
    {
        var earliest = today.Year - 50;
        return earliest + ((yy - (earliest % 100) + 100) % 100);
    }

    private static int MaxDay(int year, int month)
    {
        if (month == Unknown) return 31;
        // An unknown year may be a leap year, so 29 February stays possible.
        if (month == 2) return year == Unknown || DateTime.IsLeapYear(year) ? 29 : 28;
        return month is 4 or 6 or 9 or 11 ? 30 : 31;
    }

    private static string Format(int year, int month, int day) => string.Create(10, (year, month, day), static (chars, parts) =>
    {
        WriteNumber(chars[..4], parts.year);
        chars[4] = '-';
        WriteNumber(chars.Slice(5, 2), parts.month);
        chars[7] = '-';
        WriteNumber(chars.Slice(8, 2), parts.day);
    });

    private static void WriteNumber(Span<char> target, int value)
    {
        for (var i = target.Length - 1; i >= 0; i--)
        {
            target[i] = value == Unknown ? 'X' : (char)('0' + (value % 10));
            if (value != Unknown) value /= 10;
        }
    }
}
