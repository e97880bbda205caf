using Palermo.TravelDocuments;

namespace Palermo.Tests.TravelDocuments;

public class CountryCodeTests
{
    [Fact]
    public void Iso_list_has_the_249_assigned_codes_once_each()
    {
        Assert.Equal(249, Iso3166Alpha3.Codes.Count);
        Assert.Equal(249, Iso3166Alpha3.Codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(Iso3166Alpha3.Codes, code => Assert.True(code.Length == 3 && code.All(char.IsAsciiLetterUpper), code));
    }

    [Theory]
    [InlineData("DEU")]
    [InlineData("SYR")]
    [InlineData("SSD")]
    [InlineData("PSE")]
    [InlineData("ZWE")]
    public void Known_countries_are_found(string code) => Assert.Equal(IcaoCodeKind.Country, IcaoCodes.Classify(code));

    [Theory]
    [InlineData("D<<", IcaoCodeKind.Country)]
    [InlineData("XXA", IcaoCodeKind.Stateless)]
    [InlineData("XXB", IcaoCodeKind.Refugee)]
    [InlineData("XXC", IcaoCodeKind.Refugee)]
    [InlineData("XXX", IcaoCodeKind.Unspecified)]
    [InlineData("UNO", IcaoCodeKind.ReservedAuthority)]
    [InlineData("EUE", IcaoCodeKind.ReservedAuthority)]
    [InlineData("XPO", IcaoCodeKind.OtherIssuingBody)]
    [InlineData("XOM", IcaoCodeKind.OtherIssuingBody)]
    [InlineData("UTO", IcaoCodeKind.Specimen)]
    [InlineData("ZZZ", IcaoCodeKind.Unknown)]
    [InlineData("DE<", IcaoCodeKind.Unknown)]
    [InlineData("<<<", IcaoCodeKind.Unknown)]
    [InlineData("1AB", IcaoCodeKind.Unknown)]
    public void Icao_codes_are_classified(string field, IcaoCodeKind kind) => Assert.Equal(kind, IcaoCodes.Classify(field));

    [Fact]
    public void The_published_table_and_the_fast_lookup_agree()
    {
        foreach (var (code, kind) in IcaoCodes.Additional) Assert.Equal(kind, IcaoCodes.Classify(code));
        Assert.DoesNotContain(IcaoCodes.Additional.Keys, code => Iso3166Alpha3.Contains(code));
    }
}
