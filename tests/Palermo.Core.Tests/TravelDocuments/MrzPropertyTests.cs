using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Palermo.TravelDocuments;
using static Palermo.Tests.TravelDocuments.MrzTestData;

namespace Palermo.Tests.TravelDocuments;

public class MrzPropertyTests
{
    private const string MrzAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";

    [Property(MaxTest = 2000)]
    public void Random_text_never_throws(string? text)
    {
        var parsed = MrzParser.Parse(text, Today);
        Assert.True(parsed.IsMrz ^ (parsed.Error is not null));
    }

    /// <summary>Text of the right shape but random content reaches every code path after the structural gate.</summary>
    [Property(MaxTest = 2000)]
    public Property Random_mrz_shaped_text_never_throws() =>
        Prop.ForAll(Arb.From(MrzShapedText()), text =>
        {
            var parsed = MrzParser.Parse(text, Today);
            Assert.True(parsed.IsMrz);
            Assert.NotNull(parsed.Result!.Fields);
        });

    /// <summary>
    /// The bulk validator answers exactly what a full parse says in <c>valid</c>, so its rate (bench/) is the rate of
    /// MRZ validations: random MRZ-shaped text, and specimens with one character changed anywhere.
    /// </summary>
    [Property(MaxTest = 2000)]
    public Property Bulk_validation_agrees_with_the_full_parse() =>
        Prop.ForAll(Arb.From(Gen.OneOf(MrzShapedText(), SpecimenWithOneCharacterChanged())), text =>
            Assert.Equal(MrzParser.Parse(text, Today).Result?.Valid ?? false, MrzParser.IsValid(text, Today)));

    [Property(MaxTest = 500)]
    public Property Changing_one_digit_of_a_date_of_a_valid_mrz_makes_it_invalid() =>
        Prop.ForAll(Arb.From(DateMutation()), mutation =>
        {
            var (passport, column, digit) = mutation;
            Assert.True(MrzParser.Parse(passport, Today).Result!.Valid);
            var changed = Replace(passport, 1, column, digit);
            Assert.False(MrzParser.Parse(changed, Today).Result!.Valid);
        });

    [Fact]
    public void Every_single_date_digit_change_of_every_specimen_is_caught()
    {
        foreach (var specimen in Specimens)
        {
            var lines = Lines(specimen);
            var dateLine = lines.Length - (lines.Length == 3 ? 2 : 1);
            int[] dateColumns = lines.Length == 3 ? [0, 1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 13] : [13, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25, 26];
            foreach (var column in dateColumns)
            {
                for (var digit = '0'; digit <= '9'; digit++)
                {
                    if (lines[dateLine][column] == digit) continue;
                    Assert.False(MrzParser.IsValid(Replace(specimen, dateLine, column, digit), Today), $"{specimen} @{column}={digit}");
                }
            }
        }
    }

    private static Gen<string> SpecimenWithOneCharacterChanged() =>
        from specimen in Gen.Elements(Specimens.ToArray())
        from position in Gen.Choose(0, specimen.Length - 1)
        from replacement in Gen.Elements(MrzAlphabet.ToCharArray())
        select specimen[position] == '\n' ? specimen : string.Concat(specimen.AsSpan(0, position), replacement.ToString(), specimen.AsSpan(position + 1));

    private static Gen<string> MrzShapedText() =>
        from shape in Gen.Elements((3, 30), (2, 36), (2, 44))
        from chars in Gen.ArrayOf(Gen.Elements(MrzAlphabet.ToCharArray()), shape.Item1 * shape.Item2)
        select string.Join('\n', Enumerable.Range(0, shape.Item1).Select(i => new string(chars, i * shape.Item2, shape.Item2)));

    private static Gen<(string Passport, int Column, char Digit)> DateMutation() =>
        from birth in Gen.Choose(0, 365 * 90)
        from expiry in Gen.Choose(0, 365 * 20)
        from number in Gen.ArrayOf(Gen.Elements(MrzAlphabet.ToCharArray()), 9)
        from column in Gen.Elements(13, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25, 26)
        from offset in Gen.Choose(1, 9)
        let passport = Passport(
            number: new string(number),
            birth: new DateOnly(1935, 1, 1).AddDays(birth).ToString("yyMMdd", System.Globalization.CultureInfo.InvariantCulture),
            expiry: Today.AddDays(expiry - 3650).ToString("yyMMdd", System.Globalization.CultureInfo.InvariantCulture))
        let original = Lines(passport)[1][column]
        select (passport, column, (char)('0' + ((original - '0' + offset) % 10)));
}
