using Palermo.TravelDocuments;
using static Palermo.Tests.TravelDocuments.MrzTestData;

namespace Palermo.Tests.TravelDocuments;

public class MrzOcrSuggestionTests
{
    private static MrzResult Parse(string mrz) => MrzParser.Parse(mrz, Today).Result!;

    [Fact]
    public void Letter_O_in_the_birth_date_is_read_back_as_zero()
    {
        // 740812 → 74O812: the date check fails, and one substitution repairs everything.
        var misread = Replace(Td3, 1, 15, 'O');
        var result = Parse(misread);
        Assert.False(result.Valid);

        var fix = Assert.Single(result.Suggestions, s => s.FixesAllChecks);
        var substitution = Assert.Single(fix.Substitutions);
        Assert.Equal(new MrzSubstitution(2, 16, "dateOfBirth", "O", "0"), substitution);
        Assert.Equal(Lines(Td3), fix.CorrectedLines);
        Assert.True(MrzParser.Parse(string.Join('\n', fix.CorrectedLines!), Today).Result!.Valid);
    }

    [Fact]
    public void Document_number_is_corrected_in_both_directions()
    {
        // L898902C3 read as LB98902C3: a digit misread as a letter inside a mixed field.
        // The composite sees the number with the same weights, so other single swaps can pass too; the true one is among them.
        var result = Parse(Replace(Td3, 1, 1, 'B'));
        var fix = Assert.Single(result.Suggestions, s => s.FixesAllChecks && s.Substitutions[0] == new MrzSubstitution(2, 2, "documentNumber", "B", "8"));
        Assert.Single(fix.Substitutions);
        Assert.Contains("documentNumber", fix.FixedChecks);
        Assert.Contains("composite", fix.FixedChecks);
    }

    [Fact]
    public void A_misread_check_digit_is_corrected()
    {
        var result = Parse(Replace(Td3, 1, 27, 'G')); // expiry check 9 → G is not an OCR pair, so use 6/G on a 6
        Assert.False(result.Valid);

        var sixAsG = Parse(Replace(Td3, 1, 9, 'G')); // document-number check digit 6 read as G
        var fix = Assert.Single(sixAsG.Suggestions, s => s.FixesAllChecks);
        Assert.Equal(new MrzSubstitution(2, 10, "documentNumberCheckDigit", "G", "6"), Assert.Single(fix.Substitutions));
    }

    [Fact]
    public void Two_misreads_give_the_minimal_set_that_passes_every_check()
    {
        // Birth 740812 → 74O812 and expiry 120415 → I20415: no single change repairs both.
        var misread = Replace(Replace(Td3, 1, 15, 'O'), 1, 21, 'I');
        var result = Parse(misread);
        var fix = Assert.Single(result.Suggestions, s => s.FixesAllChecks);
        Assert.Equal(2, fix.Substitutions.Count);
        Assert.Contains(new MrzSubstitution(2, 16, "dateOfBirth", "O", "0"), fix.Substitutions);
        Assert.Contains(new MrzSubstitution(2, 22, "dateOfExpiry", "I", "1"), fix.Substitutions);
        Assert.Equal(Lines(Td3), fix.CorrectedLines);

        // Each single change is still offered, marked as repairing only part of the MRZ.
        Assert.Contains(result.Suggestions, s => !s.FixesAllChecks && s.FixedChecks.Contains("dateOfBirth"));
    }

    [Fact]
    public void A_valid_mrz_has_no_suggestions() => Assert.Empty(Parse(Td1).Suggestions);

    [Fact]
    public void A_wrong_digit_that_is_no_ocr_confusion_gets_no_complete_fix()
    {
        var result = Parse(Replace(Td3, 1, 19, '3'));
        Assert.DoesNotContain(result.Suggestions, s => s.FixesAllChecks);
    }
}
