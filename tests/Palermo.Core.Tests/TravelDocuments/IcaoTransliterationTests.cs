using Palermo.TravelDocuments;

namespace Palermo.Tests.TravelDocuments;

public class IcaoTransliterationTests
{
    [Fact]
    public void Doc_9303_worked_example()
    {
        // Doc 9303 Part 3, Appendix B: Abū Bakr Mohammed ibn Zakarīa al-Rāzi.
        Assert.Equal("ABW<BKR<MXHMD<BN<ZKRYA<ALRAZY", IcaoTransliteration.FromArabic("ابو بكر محمد بن زكريا الرازي"));
    }

    [Theory]
    [InlineData("ثابت", "XTHABT")]
    [InlineData("خالد", "XKHALD")]
    [InlineData("ذكي", "XDHKY")]
    [InlineData("شريف", "XSHRYF")]
    [InlineData("صالح", "XSSALXH")]
    [InlineData("ضياء", "XDZYAXE")]
    [InlineData("طارق", "XTTARQ")]
    [InlineData("ظافر", "XZZAFR")]
    [InlineData("عمر", "EMR")]
    [InlineData("غسان", "GSAN")]
    [InlineData("أحمد", "XAEXHMD")]
    [InlineData("إبراهيم", "IBRAHYM")]
    [InlineData("آمنة", "XAAMNXAH")]
    [InlineData("مصطفى", "MXSSXTTFXAY")]
    public void Letters_follow_table_c(string arabic, string mrz) => Assert.Equal(mrz, IcaoTransliteration.FromArabic(arabic));

    [Fact]
    public void Teh_marbuta_is_xah_at_the_end_of_a_component_and_xta_inside()
    {
        Assert.Equal("FAXTTMXAH", IcaoTransliteration.FromArabic("فاطمة"));
        Assert.Equal("FAXTTMXAH<ALZHRAXE", IcaoTransliteration.FromArabic("فاطمة الزهراء"));
        Assert.Equal("XTAB", IcaoTransliteration.FromArabic("ةب"));
    }

    [Fact]
    public void Shadda_doubles_and_short_vowels_are_not_encoded()
    {
        Assert.Equal("EBBAS", IcaoTransliteration.FromArabic("عبّاس"));
        Assert.Equal("MXHMMD", IcaoTransliteration.FromArabic("مُحَمَّد"));
    }

    [Fact]
    public void Presentation_forms_and_persian_letters()
    {
        Assert.Equal("LA", IcaoTransliteration.FromArabic("\uFEFB")); // lam-alef ligature
        Assert.Equal("PXYA", IcaoTransliteration.FromArabic("پی"));
    }

    [Fact]
    public void Names_join_into_an_mrz_name_field()
    {
        Assert.Equal("XHSN<ELY<<MXHMD", IcaoTransliteration.FromArabic("حسن  علي", "محمد"));
        Assert.Equal(string.Empty, IcaoTransliteration.FromArabic("   "));
        Assert.Equal(string.Empty, IcaoTransliteration.FromArabic((string?)null));
    }
}
