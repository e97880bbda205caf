using Palermo.TravelDocuments;
using static Palermo.Tests.TravelDocuments.MrzTestData;

namespace Palermo.Tests.TravelDocuments;

public class MrzSpecimenTests
{
    private static MrzResult Parse(string mrz)
    {
        var parsed = MrzParser.Parse(mrz, Today);
        Assert.Null(parsed.Error);
        return parsed.Result!;
    }

    [Fact]
    public void Specimen_check_digits_are_what_the_arithmetic_gives()
    {
        // The specimens are only trusted once their digits are recomputed here.
        var td3 = Lines(Td3)[1];
        Assert.Equal(td3[9], CheckDigit(td3[..9]));
        Assert.Equal(td3[19], CheckDigit(td3[13..19]));
        Assert.Equal(td3[27], CheckDigit(td3[21..27]));
        Assert.Equal(td3[42], CheckDigit(td3[28..42]));
        Assert.Equal(td3[43], CheckDigit(td3[..10] + td3[13..20] + td3[21..43]));

        var td1 = Lines(Td1);
        Assert.Equal(td1[0][14], CheckDigit(td1[0][5..14]));
        Assert.Equal(td1[1][6], CheckDigit(td1[1][..6]));
        Assert.Equal(td1[1][14], CheckDigit(td1[1][8..14]));
        Assert.Equal(td1[1][29], CheckDigit(td1[0][5..30] + td1[1][..7] + td1[1][8..15] + td1[1][18..29]));

        var td2 = Lines(Td2)[1];
        Assert.Equal(td2[9], CheckDigit(td2[..9]));
        Assert.Equal(td2[19], CheckDigit(td2[13..19]));
        Assert.Equal(td2[27], CheckDigit(td2[21..27]));
        Assert.Equal(td2[35], CheckDigit(td2[..10] + td2[13..20] + td2[21..35]));

        foreach (var visa in new[] { Lines(Mrva)[1], Lines(Mrvb)[1] })
        {
            Assert.Equal(visa[9], CheckDigit(visa[..9]));
            Assert.Equal(visa[19], CheckDigit(visa[13..19]));
            Assert.Equal(visa[27], CheckDigit(visa[21..27]));
        }
    }

    [Theory]
    [InlineData(Td1, MrzFormat.TD1)]
    [InlineData(Td2, MrzFormat.TD2)]
    [InlineData(Td3, MrzFormat.TD3)]
    [InlineData(Mrva, MrzFormat.MRVA)]
    [InlineData(Mrvb, MrzFormat.MRVB)]
    public void Every_specimen_is_valid_and_recognised(string mrz, MrzFormat format)
    {
        var result = Parse(mrz);
        Assert.Equal(format, result.Format);
        Assert.True(result.Valid);
        Assert.All(result.Checks, check => Assert.True(check.Valid, check.Name));
        Assert.Empty(result.Suggestions);
        Assert.Equal("ERIKSSON", result.Fields.Surname);
        Assert.Equal("ANNA MARIA", result.Fields.GivenNames);
        Assert.Equal("UTO", result.Fields.IssuingState);
        Assert.Equal("F", result.Fields.Sex);
        Assert.Contains(MrzWarnings.SpecimenDocument, result.Warnings);
        Assert.DoesNotContain(MrzWarnings.IssuingStateUnknown, result.Warnings);
    }

    [Fact]
    public void Td3_specimen_fields()
    {
        var result = Parse(Td3);
        var fields = result.Fields;
        Assert.Equal("P", fields.DocumentCode);
        Assert.Equal("L898902C3", fields.DocumentNumber);
        Assert.Equal("UTO", fields.Nationality);
        Assert.Equal("1974-08-12", fields.DateOfBirth);
        Assert.Equal("2012-04-15", fields.DateOfExpiry);
        Assert.Equal("ZE184226B", fields.PersonalNumber);
        Assert.Equal("ZE184226B", fields.OptionalData);
        Assert.Null(fields.OptionalData2);
        Assert.Equal(["documentNumber", "dateOfBirth", "dateOfExpiry", "personalNumber", "composite"], result.Checks.Select(c => c.Name));
        Assert.Equal(new MrzCheck("documentNumber", true, "6", "6"), result.Checks[0]);
        Assert.Contains(MrzWarnings.DocumentExpired, result.Warnings);
    }

    [Fact]
    public void Td1_specimen_fields()
    {
        var result = Parse(Td1);
        Assert.Equal("I", result.Fields.DocumentCode);
        Assert.Equal("D23145890", result.Fields.DocumentNumber);
        Assert.Equal(string.Empty, result.Fields.OptionalData);
        Assert.Equal(string.Empty, result.Fields.OptionalData2);
        Assert.Null(result.Fields.PersonalNumber);
        Assert.Equal("1974-08-12", result.Fields.DateOfBirth);
        Assert.Equal(["documentNumber", "dateOfBirth", "dateOfExpiry", "composite"], result.Checks.Select(c => c.Name));
    }

    [Fact]
    public void Td2_specimen_fields()
    {
        var result = Parse(Td2);
        Assert.Equal("D23145890", result.Fields.DocumentNumber);
        Assert.Equal("2012-04-15", result.Fields.DateOfExpiry);
        Assert.Contains(result.Checks, c => c.Name == "composite");
    }

    [Theory]
    [InlineData(Mrva, "6ZE184226B")]
    [InlineData(Mrvb, "")]
    public void Visas_have_no_composite_and_resolve_centuries(string mrz, string optional)
    {
        var result = Parse(mrz);
        Assert.DoesNotContain(result.Checks, c => c.Name == "composite");
        Assert.Equal("L8988901C", result.Fields.DocumentNumber);
        Assert.Equal("XXX", result.Fields.Nationality);
        Assert.Equal("1940-09-07", result.Fields.DateOfBirth); // 2040 would be in the future
        Assert.Equal("1996-12-10", result.Fields.DateOfExpiry); // within 50 years back
        Assert.Equal(optional, result.Fields.OptionalData);
        Assert.Contains(MrzWarnings.NationalityUnspecified, result.ProtectionFlags);
    }
}
