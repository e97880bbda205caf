namespace Palermo.Tests.TravelDocuments;

/// <summary>ICAO Doc 9303 specimens, and a builder that makes consistent MRZs with its own check-digit arithmetic.</summary>
internal static class MrzTestData
{
    /// <summary>A fixed "today" so two-digit years resolve the same on every run.</summary>
    public static readonly DateOnly Today = new(2025, 6, 1);

    public const string Td3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";
    public const string Td1 = "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<";
    public const string Td2 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6";
    public const string Mrva = "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL8988901C4XXX4009078F96121096ZE184226B<<<<<<";
    public const string Mrvb = "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nL8988901C4XXX4009078F9612109<<<<<<<<";

    public static readonly string[] Specimens = [Td1, Td2, Td3, Mrva, Mrvb];

    /// <summary>Check digit written out the long way (weights 7, 3, 1), independent of the production code.</summary>
    public static char CheckDigit(string data)
    {
        int[] weights = [7, 3, 1];
        var sum = 0;
        for (var i = 0; i < data.Length; i++)
        {
            var c = data[i];
            var value = c == '<' ? 0 : char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * weights[i % 3];
        }

        return (char)('0' + (sum % 10));
    }

    public static string Pad(string text, int length) => text.PadRight(length, '<');

    /// <summary>TD3 passport with every check digit computed here.</summary>
    public static string Passport(
        string name = "ERIKSSON<<ANNA<MARIA",
        string issuer = "UTO",
        string number = "L898902C3",
        string nationality = "UTO",
        string birth = "740812",
        char sex = 'F',
        string expiry = "320415",
        string personal = "ZE184226B",
        char? personalCheck = null)
    {
        var line1 = "P<" + issuer + Pad(name, 39);
        var num = Pad(number, 9);
        var pn = Pad(personal, 14);
        var head = num + CheckDigit(num) + nationality + birth + CheckDigit(birth) + sex + expiry + CheckDigit(expiry)
            + pn + (personalCheck ?? CheckDigit(pn));
        var composite = CheckDigit(head[..10] + head[13..20] + head[21..43]);
        return line1 + "\n" + head + composite;
    }

    /// <summary>TD1 identity card; a number longer than 9 characters continues in the optional data as Doc 9303 describes.</summary>
    public static string IdentityCard(
        string number = "D23145890",
        string name = "ERIKSSON<<ANNA<MARIA",
        string birth = "740812",
        string expiry = "320415",
        string nationality = "UTO",
        string issuer = "UTO")
    {
        string numberField, numberCheck, optional;
        if (number.Length > 9)
        {
            numberField = number[..9];
            numberCheck = "<";
            optional = Pad(number[9..] + CheckDigit(number), 15);
        }
        else
        {
            numberField = Pad(number, 9);
            numberCheck = new string(CheckDigit(numberField), 1);
            optional = Pad(string.Empty, 15);
        }

        var line1 = "I<" + issuer + numberField + numberCheck + optional;
        var line2Head = birth + CheckDigit(birth) + 'F' + expiry + CheckDigit(expiry) + nationality + Pad(string.Empty, 11);
        var composite = CheckDigit(line1[5..30] + line2Head[..7] + line2Head[8..15] + line2Head[18..29]);
        return line1 + "\n" + line2Head + composite + "\n" + Pad(name, 30);
    }

    public static string[] Lines(string mrz) => mrz.Split('\n');

    public static string Replace(string mrz, int line, int column, char with)
    {
        var lines = Lines(mrz);
        var chars = lines[line].ToCharArray();
        chars[column] = with;
        lines[line] = new string(chars);
        return string.Join('\n', lines);
    }
}
