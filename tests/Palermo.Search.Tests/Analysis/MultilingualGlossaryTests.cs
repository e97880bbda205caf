using Palermo.Search.Analysis;

namespace Palermo.Search.Tests.Analysis;

public class MultilingualGlossaryTests
{
    private static readonly MultilingualGlossary Glossary = MultilingualGlossary.Default;

    [Fact]
    public void Embedded_glossary_matches_the_data_file()
    {
        var fromFile = MultilingualGlossary.Load(DataFile());
        Assert.Equal(fromFile.Entries.Select(e => e.Key), Glossary.Entries.Select(e => e.Key));
        Assert.Equal(35, Glossary.Entries.Count);
    }

    [Fact]
    public void Arabic_query_finds_english_and_french_equivalents()
    {
        var match = Assert.Single(Glossary.FindEquivalents("ar", "الاتجار بالأشخاص"));

        Assert.Equal("trafficking-in-persons", match.Entry.Key);
        Assert.Equal(["traffick", "person"], match.Equivalents["en"].Terms);
        Assert.Equal("trafficking in persons", match.Equivalents["en"].Text);
        Assert.Equal(["trait", "person"], match.Equivalents["fr"].Terms);
        Assert.Equal("traite des personnes", match.Equivalents["fr"].Text);
        Assert.Equal(["trat", "person"], match.Equivalents["es"].Terms);
        Assert.Equal(["торговл", "люд"], match.Equivalents["ru"].Terms);
        Assert.Equal(["贩运", "人口"], match.Equivalents["zh"].Terms);
        Assert.False(match.Equivalents.ContainsKey("ar"));
    }

    [Theory]
    // Query language, query, expected entry keys in query order.
    [InlineData("ar", "مكافحة الاتجار بالأشخاص", "trafficking-in-persons")]
    [InlineData("ar", "والضحية", "victim")]
    [InlineData("ar", "تهريب المهاجرين عبر البحر", "smuggling-of-migrants migrants")]
    [InlineData("ar", "الإعادة إلى الوطن", "repatriation return")]
    [InlineData("en", "Protecting victims of trafficking in persons", "victim trafficking-in-persons")]
    [InlineData("en", "identification of victims", "identification-of-victims victim")]
    [InlineData("fr", "la traite de personnes", "trafficking-in-persons")]
    [InlineData("fr", "Victimes de la traite", "victim")]
    [InlineData("es", "trata de personas y victimas", "trafficking-in-persons victim")]
    [InlineData("ru", "жертвы торговли людьми", "victim trafficking-in-persons")]
    [InlineData("zh", "打击贩运人口", "trafficking-in-persons")]
    [InlineData("en", "weather forecast", "")]
    public void Finds_every_entry_present_in_the_query(string language, string query, string expectedKeys) =>
        Assert.Equal(expectedKeys, string.Join(' ', Glossary.FindEquivalents(language, query).Select(m => m.Entry.Key)));

    public static TheoryData<string> Languages => new(PalermoAnalyzers.SupportedLanguages);

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_entry_finds_itself_in_every_language(string language)
    {
        foreach (var entry in Glossary.Entries)
        {
            var own = entry.TermsByLanguage[language];
            Assert.NotEmpty(own.Terms);
            Assert.Contains(Glossary.FindEquivalents(language, own.Text), match => match.Entry.Key == entry.Key);
        }
    }

    [Fact]
    public void Multi_word_entries_need_their_terms_in_sequence() =>
        Assert.DoesNotContain(
            Glossary.FindEquivalents("en", "persons rescued from trafficking"),
            match => match.Entry.Key == "trafficking-in-persons");

    [Fact]
    public void Parse_rejects_a_header_without_a_language()
    {
        using var reader = new StringReader("key\ten\tfr\tes\tru\tzh\nvictim\tvictim\tvictime\tvíctima\tжертва\t被害人\n");
        Assert.Throws<FormatException>(() => MultilingualGlossary.Parse(reader));
    }

    [Theory]
    [InlineData("key\ten\tfr\tes\tru\tzh\tar\nvictim\tvictim\n")]
    [InlineData("key\ten\tfr\tes\tru\tzh\tar\nv\ta\tb\tc\td\te\tf\nv\ta\tb\tc\td\te\tf\n")]
    public void Parse_rejects_malformed_rows(string tsv)
    {
        using var reader = new StringReader(tsv);
        Assert.Throws<FormatException>(() => MultilingualGlossary.Parse(reader));
    }

    private static string DataFile()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "data", "search", "glossary.tsv");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("data/search/glossary.tsv not found above the test output directory.");
    }
}
