using System.Net.Http.Json;
using System.Text.Json;
using Palermo.Testing;
using Palermo.Web.Tests.Infrastructure;

namespace Palermo.Web.Tests.Knowledge;

/// <summary>Facet labels in the request's language, exact phrases and the query's language through the API on both engines.</summary>
public class KnowledgeSearchApiTests(WebApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<Guid> PublishAsync(PalermoWebFactory app, string title, string body, string language = "en") =>
        KnowledgeRecords.PublishedAsync(app, "focal.nga@demo.test", "practices", new
        {
            title, summary = body, language, category = "investigation", countries = new[] { "NGA", "ITA" }, protocols = new[] { "TIP" },
        });

    [Theory, AllDatabases]
    public async Task Facets_carry_labels_in_the_request_language_beside_their_values(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var word = "zq" + Guid.NewGuid().ToString("N")[..10];
        await PublishAsync(app, "Financial investigation " + word, "Prosecutors followed the money.");

        var fr = await app.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/practices/search?q={word}&lang=en&culture=fr", Ct);
        var facets = fr.GetProperty("facets");
        JsonElement Value(string facet, string value) => facets.GetProperty(facet).EnumerateArray().Single(v => v.GetProperty("value").GetString() == value);
        Assert.Equal("Enquête", Value("category", "investigation").GetProperty("label").GetString());
        Assert.Equal(1, Value("category", "investigation").GetProperty("count").GetInt32());
        Assert.Equal("Anglais", Value("language", "en").GetProperty("label").GetString());
        Assert.Equal("Italie", Value("country", "ITA").GetProperty("label").GetString());
        Assert.Equal("Protocole relatif à la traite des personnes", Value("protocol", "TIP").GetProperty("label").GetString());
        Assert.All(facets.GetProperty("region").EnumerateArray(), r => Assert.NotEqual(r.GetProperty("value").GetString(), r.GetProperty("label").GetString()));

        var ar = await app.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/practices/search?q={word}&lang=en&culture=ar", Ct);
        Assert.Equal("التحقيق", ar.GetProperty("facets").GetProperty("category")[0].GetProperty("label").GetString());
    }

    [Theory, AllDatabases]
    public async Task A_quoted_query_matches_the_exact_phrase_only(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var word = "zq" + Guid.NewGuid().ToString("N")[..10];
        var phrase = await PublishAsync(app, "Debt bondage in brick kilns " + word, "Workers were held in debt bondage.");
        var apart = await PublishAsync(app, "Brick kilns and debt " + word, "Bondage of workers followed a debt.");

        async Task<List<Guid>> Hits(string q) =>
            [.. (await app.Anonymous().GetFromJsonAsync<JsonElement>("/api/v1/practices/search?lang=en&q=" + Uri.EscapeDataString(q), Ct))
                .GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetGuid())];

        Assert.Equal(new[] { phrase, apart }.Order(), (await Hits($"debt bondage {word}")).Order());
        Assert.Equal([phrase], await Hits($"\"debt bondage\" {word}"));
        Assert.Equal([phrase], await Hits($"«debt bondage» {word}"));
    }

    [Theory, AllDatabases]
    public async Task Words_that_do_not_show_their_language_are_also_looked_for_in_French_and_Spanish_records(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var word = "zq" + Guid.NewGuid().ToString("N")[..10];
        var french = await PublishAsync(app, $"Équipe d'inspecteurs agricoles {word}", "Les inspecteurs ont visité les exploitations.", "fr");

        async Task<JsonElement> Search(string parameters) =>
            await app.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/practices/search?{parameters}", Ct);
        static List<Guid> Ids(JsonElement result) => [.. result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetGuid())];

        // «équipe inspecteurs» could be French or Spanish or an English reader's borrowing: nothing in it decides.
        var undecided = await Search($"q={Uri.EscapeDataString($"équipe inspecteurs {word}")}");
        Assert.Equal("en", undecided.GetProperty("queryLanguage").GetString());
        Assert.Equal(["fr", "es"], undecided.GetProperty("alsoWrittenIn").EnumerateArray().Select(l => l.GetString()!));
        Assert.Equal([french], Ids(undecided));
        Assert.False(undecided.GetProperty("hits")[0].GetProperty("sameLanguage").GetBoolean());

        // Named, the language is kept to: English records only (and the glossary's equivalents elsewhere).
        var english = await Search($"q={Uri.EscapeDataString($"équipe inspecteurs {word}")}&lang=en");
        Assert.Equal(0, english.GetProperty("total").GetInt32());
        Assert.Empty(english.GetProperty("alsoWrittenIn").EnumerateArray());

        // A language tag with its region names the language.
        var tagged = await Search($"q={Uri.EscapeDataString($"inspecteurs {word}")}&lang=fr-FR");
        Assert.Equal("fr", tagged.GetProperty("queryLanguage").GetString());
        Assert.Equal([french], Ids(tagged));
        Assert.True(tagged.GetProperty("hits")[0].GetProperty("sameLanguage").GetBoolean());
    }
}
