using Palermo.TravelDocuments;
using static Palermo.Tests.TravelDocuments.MrzTestData;

namespace Palermo.Tests.TravelDocuments;

public class MrzValidationTests
{
    private static MrzResult Parse(string mrz) => MrzParser.Parse(mrz, Today).Result!;

    [Fact]
    public void Long_document_number_in_td1_continues_in_the_optional_data()
    {
        // The brief's example line 1; its continuation check digit 6 is what the arithmetic gives for D23145890AB11223456.
        Assert.Equal('6', CheckDigit("D23145890AB11223456"));
        var mrz = IdentityCard(number: "D23145890AB11223456");
        Assert.StartsWith("I<UTOD23145890<AB112234566<<<<", mrz, StringComparison.Ordinal);

        var result = Parse(mrz);
        Assert.True(result.Valid);
        Assert.Equal("D23145890AB11223456", result.Fields.DocumentNumber);
        Assert.Equal(string.Empty, result.Fields.OptionalData);
        Assert.Equal(new MrzCheck("documentNumber", true, "6", "6"), result.Checks[0]);
        Assert.Contains(MrzWarnings.LongDocumentNumber, result.Warnings);
    }

    [Fact]
    public void Long_document_number_with_a_wrong_check_digit_is_invalid()
    {
        var mrz = IdentityCard(number: "D23145890AB11223456");
        var broken = Replace(mrz, 0, 25, '7');
        var result = Parse(broken);
        Assert.False(result.Valid);
        Assert.False(result.Checks[0].Valid);
    }

    [Fact]
    public void Long_document_number_in_td2()
    {
        const string number = "X1234567890";
        var numberDigit = CheckDigit(number);
        var optional = Pad("90" + numberDigit, 7);
        var head = "X12345678<UTO7408122F1204159" + optional;
        var line2 = head + CheckDigit(head[..10] + head[13..20] + head[21..35]);
        var result = Parse("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\n" + line2);
        Assert.True(result.Valid);
        Assert.Equal(number, result.Fields.DocumentNumber);
    }

    [Fact]
    public void Germany_writes_its_code_as_D_with_filler()
    {
        var result = Parse(Passport(issuer: "D<<", nationality: "D<<", name: "MUSTERMANN<<ERIKA"));
        Assert.True(result.Valid);
        Assert.Equal("D", result.Fields.IssuingState);
        Assert.Equal("D", result.Fields.Nationality);
        Assert.DoesNotContain(MrzWarnings.IssuingStateUnknown, result.Warnings);
        Assert.DoesNotContain(MrzWarnings.NationalityUnknown, result.Warnings);
    }

    [Fact]
    public void Empty_primary_identifier_is_allowed()
    {
        var result = Parse(Passport(name: "<<ANNA<MARIA"));
        Assert.True(result.Valid);
        Assert.Equal(string.Empty, result.Fields.Surname);
        Assert.Equal("ANNA MARIA", result.Fields.GivenNames);
    }

    [Fact]
    public void Name_without_secondary_identifier()
    {
        var result = Parse(Passport(name: "VAN<DER<BERG"));
        Assert.Equal("VAN DER BERG", result.Fields.Surname);
        Assert.Equal(string.Empty, result.Fields.GivenNames);
    }

    [Fact]
    public void Filler_personal_number_may_have_filler_as_its_check_digit()
    {
        var result = Parse(Passport(personal: string.Empty, personalCheck: '<'));
        Assert.True(result.Valid);
        Assert.Equal(string.Empty, result.Fields.PersonalNumber);
        Assert.True(result.Checks.Single(c => c.Name == "personalNumber").Valid);

        // A zero is the computed digit and is accepted too.
        Assert.True(Parse(Passport(personal: string.Empty, personalCheck: '0')).Valid);
    }

    [Fact]
    public void Filler_check_digit_is_not_accepted_for_a_real_personal_number()
    {
        var result = Parse(Passport(personalCheck: '<'));
        Assert.False(result.Valid);
        Assert.False(result.Checks.Single(c => c.Name == "personalNumber").Valid);
    }

    [Theory]
    [InlineData(1, 9, "documentNumber")]
    [InlineData(1, 19, "dateOfBirth")]
    [InlineData(1, 27, "dateOfExpiry")]
    [InlineData(1, 42, "personalNumber")]
    [InlineData(1, 43, "composite")]
    public void A_wrong_check_digit_makes_the_mrz_invalid(int line, int column, string check)
    {
        var original = Lines(Td3)[line][column];
        var wrong = original == '9' ? '0' : (char)(original + 1);
        var result = Parse(Replace(Td3, line, column, wrong));
        Assert.False(result.Valid);
        var failed = result.Checks.Single(c => c.Name == check);
        Assert.False(failed.Valid);
        Assert.Equal(new string(original, 1), failed.Expected);
        Assert.Equal(new string(wrong, 1), failed.Found);
        Assert.Contains(MrzWarnings.CheckDigitFailed, result.Warnings);
    }

    [Theory]
    [InlineData("310231")] // 31 February
    [InlineData("741312")] // month 13
    [InlineData("740800")] // day 0
    [InlineData("750229")] // 1975 was no leap year
    public void Impossible_birth_dates_are_invalid_even_with_a_right_check_digit(string birth)
    {
        var result = Parse(Passport(birth: birth));
        Assert.True(result.Checks.Single(c => c.Name == "dateOfBirth").Valid);
        Assert.False(result.Valid);
        Assert.Null(result.Fields.DateOfBirth);
        Assert.Contains(MrzWarnings.DateOfBirthInvalid, result.Warnings);
    }

    [Fact]
    public void Leap_day_is_real_in_a_leap_year()
    {
        Assert.True(Parse(Passport(birth: "000229")).Valid);
        Assert.Equal("2000-02-29", Parse(Passport(birth: "000229")).Fields.DateOfBirth);
    }

    [Theory]
    [InlineData("74<<<<", "1974-XX-XX")]
    [InlineData("7408<<", "1974-08-XX")]
    [InlineData("<<<<12", "XXXX-XX-12")]
    public void Unknown_date_parts_are_kept_and_are_not_invalid(string birth, string iso)
    {
        var result = Parse(Passport(birth: birth));
        Assert.True(result.Valid);
        Assert.Equal(iso, result.Fields.DateOfBirth);
        Assert.Contains(MrzWarnings.DateOfBirthPartial, result.Warnings);
    }

    [Fact]
    public void Entirely_unknown_birth_date_is_allowed()
    {
        var result = Parse(Passport(birth: "<<<<<<"));
        Assert.True(result.Valid);
        Assert.Null(result.Fields.DateOfBirth);
        Assert.Contains(MrzWarnings.DateOfBirthUnknown, result.Warnings);
    }

    [Theory]
    [InlineData("250531", "2025-05-31")] // yesterday: this century
    [InlineData("250602", "1925-06-02")] // tomorrow would be the future
    [InlineData("990101", "1999-01-01")]
    public void Birth_century_is_the_latest_not_in_the_future(string birth, string iso) =>
        Assert.Equal(iso, Parse(Passport(birth: birth)).Fields.DateOfBirth);

    [Theory]
    [InlineData("750101", "1975-01-01")] // 50 years back
    [InlineData("740101", "2074-01-01")] // up to 50 years ahead
    [InlineData("300101", "2030-01-01")]
    public void Expiry_century_is_within_fifty_years_of_today(string expiry, string iso) =>
        Assert.Equal(iso, Parse(Passport(expiry: expiry)).Fields.DateOfExpiry);

    [Fact]
    public void Today_comes_from_an_injected_clock()
    {
        var clock = new FixedClock(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal("1925-06-02", MrzParser.Parse(Passport(birth: "250602"), clock).Result!.Fields.DateOfBirth);
    }

    [Fact]
    public void Unknown_country_code_is_a_warning_not_invalidity()
    {
        var result = Parse(Passport(issuer: "QQQ", nationality: "QQQ"));
        Assert.True(result.Valid);
        Assert.Contains(MrzWarnings.IssuingStateUnknown, result.Warnings);
        Assert.Contains(MrzWarnings.NationalityUnknown, result.Warnings);
    }

    [Theory]
    [InlineData("XXA", MrzWarnings.NationalityStateless)]
    [InlineData("XXB", MrzWarnings.NationalityRefugee)]
    [InlineData("XXC", MrzWarnings.NationalityRefugee)]
    [InlineData("XXX", MrzWarnings.NationalityUnspecified)]
    public void Persons_who_may_need_protection_are_flagged(string nationality, string flag)
    {
        var result = Parse(Passport(nationality: nationality, issuer: "DEU"));
        Assert.True(result.Valid);
        Assert.Equal([flag], result.ProtectionFlags);
        Assert.Contains(flag, result.Warnings);
        Assert.DoesNotContain(MrzWarnings.NationalityUnknown, result.Warnings);
    }

    [Fact]
    public void Citizens_carry_no_protection_flag()
    {
        var result = Parse(Passport(nationality: "SYR", issuer: "SYR"));
        Assert.Empty(result.ProtectionFlags);
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData('M', true)]
    [InlineData('F', true)]
    [InlineData('X', true)]
    [InlineData('<', true)]
    [InlineData('U', false)]
    [InlineData('1', false)]
    public void Sex_must_be_m_f_x_or_filler(char sex, bool valid)
    {
        var result = Parse(Passport(sex: sex));
        Assert.Equal(valid, result.Valid);
        Assert.Equal(!valid, result.Warnings.Contains(MrzWarnings.SexInvalid));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
