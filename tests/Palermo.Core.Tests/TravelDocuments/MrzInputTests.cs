using System.Text.Json;
using Palermo.TravelDocuments;
using static Palermo.Tests.TravelDocuments.MrzTestData;

namespace Palermo.Tests.TravelDocuments;

public class MrzInputTests
{
    [Fact]
    public void Lines_are_trimmed_upper_cased_and_blank_lines_dropped()
    {
        var messy = "\r\n  " + Lines(Td3)[0].ToLowerInvariant() + "  \r\n\r\n\t" + Lines(Td3)[1] + " \n\n";
        var parsed = MrzParser.Parse(messy, Today);
        Assert.True(parsed.IsMrz);
        Assert.True(parsed.Result!.Valid);
        Assert.Equal(Lines(Td3), parsed.Result.Lines);
    }

    [Theory]
    [InlineData(null, MrzErrorCodes.Empty)]
    [InlineData("", MrzErrorCodes.Empty)]
    [InlineData(" \n \r\n ", MrzErrorCodes.Empty)]
    [InlineData("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", MrzErrorCodes.LineCount)]
    [InlineData("AAAA\nBBBB\nCCCC\nDDDD", MrzErrorCodes.LineCount)]
    [InlineData("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<1", MrzErrorCodes.LineLength)]
    [InlineData("ABCDEFGHIJ\nABCDEFGHIJ", MrzErrorCodes.LineLength)]
    [InlineData("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<1 ", MrzErrorCodes.LineLength)]
    [InlineData("P<UTOERIKSSON<<ANNA MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10", MrzErrorCodes.InvalidCharacter)]
    [InlineData("P<UTOERIKSSÖN<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10", MrzErrorCodes.InvalidCharacter)]
    public void Text_that_is_no_mrz_gets_a_structural_error(string? text, string code)
    {
        var parsed = MrzParser.Parse(text, Today);
        Assert.False(parsed.IsMrz);
        Assert.Null(parsed.Result);
        Assert.Equal(code, parsed.Error!.Code);
        Assert.False(string.IsNullOrWhiteSpace(parsed.Error.Message));
        Assert.False(MrzParser.TryParse(text, Today, out _, out var error));
        Assert.Equal(code, error!.Code);
    }

    [Fact]
    public void An_invalid_mrz_is_still_an_mrz()
    {
        var parsed = MrzParser.Parse(Replace(Td3, 1, 43, '5'), Today);
        Assert.True(parsed.IsMrz);
        Assert.False(parsed.Result!.Valid);
    }

    [Theory]
    [InlineData(Td1)]
    [InlineData(Td3)]
    public void Is_valid_is_the_short_question(string mrz)
    {
        Assert.True(MrzParser.IsValid(mrz, Today));
        Assert.False(MrzParser.IsValid(Replace(mrz, 1, 6, '0'), Today));
    }

    [Fact]
    public void Serialises_by_name_in_camel_case()
    {
        var json = JsonSerializer.Serialize(MrzParser.Parse(Td3, Today).Result, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("TD3", root.GetProperty("format").GetString());
        Assert.True(root.GetProperty("valid").GetBoolean());
        var fields = root.GetProperty("fields");
        Assert.Equal("ERIKSSON", fields.GetProperty("surname").GetString());
        Assert.Equal("ANNA MARIA", fields.GetProperty("givenNames").GetString());
        Assert.Equal("1974-08-12", fields.GetProperty("dateOfBirth").GetString());
        Assert.Equal("ZE184226B", fields.GetProperty("personalNumber").GetString());
        var check = root.GetProperty("checks")[0];
        Assert.Equal("documentNumber", check.GetProperty("name").GetString());
        Assert.Equal("6", check.GetProperty("expected").GetString());
        Assert.Equal("6", check.GetProperty("found").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("warnings").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("suggestions").ValueKind);
    }
}
