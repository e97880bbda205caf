using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Palermo.Search.Analysis;

namespace Palermo.Search.Tests.Analysis;

/// <summary>End to end through Lucene: index with the language analyzer, parse the query with the same analyzer.</summary>
public class InMemoryIndexTests
{
    private const string BodyField = "body";

    [Theory]
    [InlineData("ar", "حماية حقوق والضحايا في النزاعات", "ضحايا")]
    [InlineData("ar", "حماية حقوق والضحايا في النزاعات", "الضحايا")]
    [InlineData("ar", "تقرير المسئول عن الملف", "مسؤول")]
    [InlineData("ar", "تقرير المسؤول عن الملف", "المسئول")]
    [InlineData("ar", "حماية الضحية", "ضحية")]
    [InlineData("ar", "المادة ٥ من البروتوكول", "5")]
    [InlineData("ar", "برامج المهاجرين", "مهاجر")]
    [InlineData("fr", "La traite des êtres humains", "traité")]
    [InlineData("es", "Protección de las víctimas", "victima")]
    [InlineData("ru", "Учёт жертв торговли людьми", "учет")]
    [InlineData("zh", "打击贩运人口行为", "贩运")]
    [InlineData("en", "Trafficked persons were identified", "trafficking")]
    public void Query_finds_the_document(string language, string document, string query) =>
        Assert.Equal(1, Hits(language, document, query));

    [Theory]
    [InlineData("ar", "حماية الضحية", "ضحى")]
    [InlineData("en", "the removal of organs", "organized")]
    [InlineData("fr", "La traite des personnes", "\"personnes traite\"")]
    public void Query_does_not_find_an_unrelated_document(string language, string document, string query) =>
        Assert.Equal(0, Hits(language, document, query));

    private static int Hits(string language, string document, string query)
    {
        using var analyzer = PalermoAnalyzers.For(language);
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(PalermoAnalyzers.Version, analyzer)))
        {
            writer.AddDocument([new TextField(BodyField, document, Field.Store.NO)]);
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var parsed = new QueryParser(PalermoAnalyzers.Version, BodyField, analyzer).Parse(query);
        return searcher.Search(parsed, 10).TotalHits;
    }
}
