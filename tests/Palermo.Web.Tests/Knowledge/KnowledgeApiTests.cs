using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Data;
using Palermo.Testing;
using Palermo.Web.Tests.Infrastructure;

namespace Palermo.Web.Tests.Knowledge;

public class KnowledgeApiTests(WebApps apps)
{
    private static object Practice(string word, string language = "en", string? body = null) => new
    {
        title = $"Joint investigation team {word}",
        summary = $"Prosecutors and police dismantled a trafficking network ({word}).",
        body = body ?? $"<p>The team followed the money across borders. {word}</p>",
        language,
        category = "investigation",
        countries = new[] { "NGA", "ITA" },
        protocols = new[] { "TIP" },
        articles = new[] { "TIP 5" },
    };

    private static string Word() => "zq" + Guid.NewGuid().ToString("N")[..10];

    private static async Task<Guid> CreateAsync(HttpClient client, object practice)
    {
        var response = await client.PostAsJsonAsync("/api/v1/practices", practice);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> SearchAsync(HttpClient client, string query) =>
        await client.GetFromJsonAsync<JsonElement>("/api/v1/practices/search?" + query, TestContext.Current.CancellationToken);

    [Theory, AllDatabases]
    public async Task A_published_practice_is_found_by_the_next_search(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var focal = await SignIn.Bearer(app, "focal.nga@demo.test");
        var secretariat = await SignIn.Bearer(app, "analyst@demo.test");
        var anonymous = app.Anonymous();
        var word = Word();
        var id = await CreateAsync(focal, Practice(word));
        Assert.Equal(0, (await SearchAsync(anonymous, $"q={word}")).GetProperty("total").GetInt32());

        (await secretariat.PostAsync($"/api/v1/practices/{id}/publish", null, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        // The index is written before the publish answers: the very next search finds the record.
        var result = await SearchAsync(anonymous, $"q={word}&lang=en");

        var hit = Assert.Single(result.GetProperty("hits").EnumerateArray());
        Assert.Equal(id, hit.GetProperty("id").GetGuid());
        Assert.Equal("en", hit.GetProperty("language").GetString());
        Assert.Contains("<mark>", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Contains(result.GetProperty("facets").GetProperty("country").EnumerateArray(), f => f.GetProperty("value").GetString() == "NGA");
        var page = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/practices/{id}", TestContext.Current.CancellationToken);
        Assert.Equal("published", page.GetProperty("status").GetString());
    }

    [Theory, AllDatabases]
    public async Task An_unpublished_practice_is_seen_only_by_its_author_and_the_secretariat(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var author = await SignIn.Bearer(app, "focal.nga@demo.test");
        var other = await SignIn.Bearer(app, "focal.mex@demo.test");
        var secretariat = await SignIn.Bearer(app, "analyst@demo.test");
        var word = Word();
        var id = await CreateAsync(author, Practice(word));

        foreach (var (client, sees) in new[] { (author, true), (secretariat, true), (other, false), (app.Anonymous(), false) })
        {
            var result = await SearchAsync(client, $"q={word}");
            Assert.Equal(sees ? 1 : 0, result.GetProperty("total").GetInt32());
            Assert.Equal(sees, result.GetProperty("facets").GetProperty("category").EnumerateArray().Any());
            var read = await client.GetAsync($"/api/v1/practices/{id}", TestContext.Current.CancellationToken);
            Assert.Equal(sees ? HttpStatusCode.OK : HttpStatusCode.NotFound, read.StatusCode);
        }
        var feed = await app.Anonymous().GetStringAsync("/knowledge/feed.atom", TestContext.Current.CancellationToken);
        Assert.DoesNotContain(id.ToString(), feed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_is_sanitized_scripts_removed_links_kept()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var partner = await SignIn.Bearer(app, "partner@demo.test");
        var id = await CreateAsync(partner, Practice(Word(), body: "<p>See <a href=\"https://example.org/report\">the report</a><script>alert(1)</script></p><img src=x onerror=alert(2)>"));

        var practice = await partner.GetFromJsonAsync<JsonElement>($"/api/v1/practices/{id}", TestContext.Current.CancellationToken);
        var body = practice.GetProperty("body").GetString()!;
        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("href=\"https://example.org/report\"", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert('WORD')</script>", "<p>Police WORD</p>", "", "title")]
    [InlineData("Joint team WORD", "<script>alert('WORD')</script>", "<img src=x onerror=\"alert('WORD')\">", "body")]
    public async Task A_text_that_sanitizing_empties_counts_as_missing_and_nothing_is_stored(string title, string summary, string body, string field)
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var partner = await SignIn.Bearer(app, "partner@demo.test");
        var word = Word();
        var practice = new
        {
            title = title.Replace("WORD", word, StringComparison.Ordinal), summary = summary.Replace("WORD", word, StringComparison.Ordinal),
            body = body.Replace("WORD", word, StringComparison.Ordinal), language = "en", category = "investigation", countries = new[] { "NGA" },
        };

        var response = await partner.PostAsJsonAsync("/api/v1/practices", practice, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal((field, "knowledge-required"), (error.GetProperty("field").GetString(), error.GetProperty("code").GetString()));
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PalermoDbContext>();
        Assert.False(await db.Practices.AnyAsync(p => p.Title.Contains(word) || p.Summary.Contains(word) || p.Body.Contains(word), TestContext.Current.CancellationToken));
    }

    [Theory, AllDatabases]
    public async Task More_like_this_finds_the_published_record_on_the_same_subject_and_never_an_unpublished_one(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var focal = await SignIn.Bearer(app, "focal.nga@demo.test");
        var secretariat = await SignIn.Bearer(app, "analyst@demo.test");
        var (a, b, c) = (Word(), Word(), Word());
        object Subject(string title) => new
        {
            title, summary = $"Labour inspectors {a} {b} {c} found workers {a} held in debt bondage {b}.",
            body = $"<p>The {a} inspections of {c} farms led to {b} referrals.</p>", language = "en", category = "protection-and-assistance",
            countries = new[] { "NGA" },
        };
        var original = await CreateAsync(focal, Subject("Farm inspections " + a));
        var sibling = await CreateAsync(focal, Subject("Debt bondage on farms " + b));
        var draft = await CreateAsync(focal, Subject("Unpublished farm note " + c));
        foreach (var id in new[] { original, sibling })
            (await secretariat.PostAsync($"/api/v1/practices/{id}/publish", null, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        Assert.Equal(2, (await SearchAsync(app.Anonymous(), $"q={a}")).GetProperty("total").GetInt32());

        foreach (var path in new[] { "more-like-this", "similar" })
        {
            var hits = await app.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/practices/{original}/{path}", TestContext.Current.CancellationToken);
            var ids = hits.EnumerateArray().Select(h => h.GetProperty("id").GetGuid()).ToList();
            Assert.Equal(sibling, ids.FirstOrDefault());
            Assert.DoesNotContain(original, ids);
            Assert.DoesNotContain(draft, ids);
        }
        var unseen = await app.Anonymous().GetAsync($"/api/v1/practices/{draft}/more-like-this", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, unseen.StatusCode);
    }

    [Theory]
    [InlineData("language", "xx")]
    [InlineData("category", "cooking")]
    [InlineData("countries", "ZZZ")]
    [InlineData("articles", "TIP 21")]
    public async Task Bad_input_is_a_problem_naming_the_value(string field, string value)
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var focal = await SignIn.Bearer(app, "focal.nga@demo.test");
        var body = new Dictionary<string, object>
        {
            ["title"] = "t", ["summary"] = "s", ["body"] = "b", ["language"] = "en", ["category"] = "investigation",
            ["countries"] = new[] { "NGA" }, ["protocols"] = new[] { "TIP" }, ["articles"] = new[] { "5" },
        };
        body[field] = field is "countries" or "articles" ? new[] { value } : value;

        var response = await focal.PostAsJsonAsync("/api/v1/practices", body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(value, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory, AllDatabases]
    public async Task Article_references_are_kept_in_one_form_so_that_facets_and_filters_gather_them(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var word = Word();
        Task<Guid> Publish(string[] protocols, string[] articles) => KnowledgeRecords.PublishedAsync(app, "focal.nga@demo.test", "practices", new
        {
            title = "Referral of victims " + word, summary = "Shelters and police referred victims.", language = "en", category = "protection",
            countries = new[] { "NGA" }, protocols, articles,
        });
        var typedInFull = await Publish(["TIP"], ["TIP art. 6", "som-8"]);
        var typedShort = await Publish(["TIP"], ["Article 6"]);

        var read = await app.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/practices/{typedInFull}", TestContext.Current.CancellationToken);
        Assert.Equal(["TIP 6", "SOM 8"], read.GetProperty("articles").EnumerateArray().Select(a => a.GetString()!));
        var filtered = await SearchAsync(app.Anonymous(), $"q={word}&lang=en&article={Uri.EscapeDataString("TIP 6")}");
        Assert.Equal(new[] { typedInFull, typedShort }.Order(), filtered.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetGuid()).Order());
        var facet = filtered.GetProperty("facets").GetProperty("article").EnumerateArray().ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["TIP 6"] = 2, ["SOM 8"] = 1 }, facet);
    }

    [Fact]
    public async Task Practitioners_may_not_submit_and_only_the_secretariat_publishes()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var practitioner = await SignIn.Bearer(app, "practitioner@demo.test");
        Assert.Equal(HttpStatusCode.Forbidden, (await practitioner.PostAsJsonAsync("/api/v1/practices", Practice(Word()), TestContext.Current.CancellationToken)).StatusCode);
        var focal = await SignIn.Bearer(app, "focal.nga@demo.test");
        var id = await CreateAsync(focal, Practice(Word()));
        Assert.Equal(HttpStatusCode.Forbidden, (await focal.PostAsync($"/api/v1/practices/{id}/publish", null, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Theory]
    [InlineData("q=\"unclosed")]
    [InlineData("q=%00abc")]
    [InlineData("q=abc&sort=sideways")]
    public async Task A_malformed_query_is_a_400_problem(string query)
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var response = await app.Anonymous().GetAsync("/api/v1/practices/search?" + query, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory, AllDatabases]
    public async Task An_overlong_query_is_a_400_problem_never_a_500(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var response = await app.Anonymous().GetAsync("/api/v1/case-law/search?q=" + new string('a', 1001), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("query_too_long", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("q=LONG", "fr", "query_too_long", "q", "Raccourcissez le texte recherché à 1 000 caractères au plus.")]
    [InlineData("q=%22traite%20des", "fr", "query_unbalanced_quotes", "q", "Fermez les guillemets pour rechercher une expression exacte, ou supprimez-les.")]
    [InlineData("page=0", "ar", "invalid-page", "page", "يجب أن تكون قيمة «page» ‏1 أو أكثر وقيمة «pageSize» بين 1 و100.")]
    [InlineData("pageSize=500", "ru", "invalid-page", "pageSize", "«page» должен быть не меньше 1, а «pageSize» — от 1 до 100.")]
    [InlineData("sort=newest", "es", "invalid-sort", "sort", "«newest» no es un orden válido: use «relevance» o «date».")]
    public async Task A_refused_search_says_in_the_readers_language_which_parameter_is_wrong_and_how_to_put_it_right(
        string query, string language, string code, string field, string detail)
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var client = app.Anonymous();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var response = await client.GetAsync("/api/v1/practices/search?" + query.Replace("LONG", new string('a', 1001), StringComparison.Ordinal),
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal((code, field, detail), (problem.GetProperty("code").GetString(), problem.GetProperty("field").GetString(), problem.GetProperty("detail").GetString()));
        Assert.NotEqual(problem.GetProperty("title").GetString(), problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("category=cooking")]
    [InlineData("country=ZZZ")]
    [InlineData("lang=xx")]
    [InlineData("year=1066")]
    public async Task An_unknown_facet_value_gives_an_empty_result(string filter)
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var response = await app.Anonymous().GetAsync("/api/v1/practices/search?q=trafficking&" + filter, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(0, result.GetProperty("total").GetInt32());
        Assert.Empty(result.GetProperty("hits").EnumerateArray());
    }

    [Fact]
    public async Task Case_law_refuses_a_victim_named_in_full()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var focal = await SignIn.Bearer(app, "focal.egy@demo.test");
        object Case(string initials) => new
        {
            title = "Public Prosecution v. defendants", summary = "Forced labour in a garment workshop.", language = "en", country = "EGY",
            court = "Cairo Criminal Court", courtLevel = "first-instance", decisionDate = "2024-03-12", verdict = "conviction",
            victims = new[] { new { initials, sex = "f", nationality = "EGY" } }, defendants = new[] { new { sex = "m", nationality = "EGY" } },
        };
        Assert.Equal(HttpStatusCode.BadRequest, (await focal.PostAsJsonAsync("/api/v1/case-law", Case("Maria Lopez"), TestContext.Current.CancellationToken)).StatusCode);
        var created = await focal.PostAsJsonAsync("/api/v1/case-law", Case("M.L."), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    [Fact]
    public async Task Case_law_takes_victims_as_initials_and_the_names_practices_use_for_country_and_level()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var focal = await SignIn.Bearer(app, "focal.egy@demo.test");
        object Case(string victim, string[] countries) => new
        {
            title = "Public Prosecution v. recruiters", summary = "Recruiters sold domestic workers' contracts.", language = "en", countries,
            level = "appeal", verdict = "conviction",
            victims = new[] { victim },
        };

        Assert.Equal(HttpStatusCode.BadRequest, (await focal.PostAsJsonAsync("/api/v1/case-law", Case("Maria Lopez", ["EGY"]), TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await focal.PostAsJsonAsync("/api/v1/case-law", Case("M.L.", ["EGY", "JOR"]), TestContext.Current.CancellationToken)).StatusCode);
        var created = await focal.PostAsJsonAsync("/api/v1/case-law", Case("M.L.", ["EGY"]), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetGuid();
        var read = await focal.GetFromJsonAsync<JsonElement>($"/api/v1/case-law/{id}", TestContext.Current.CancellationToken);
        Assert.Equal("EGY", read.GetProperty("country").GetString());
        Assert.Equal("appeal", read.GetProperty("courtLevel").GetString());
        Assert.Equal("M.L.", Assert.Single(read.GetProperty("victims").EnumerateArray()).GetProperty("initials").GetString());
    }
}

public class CaseLawCitationTests(WebApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_decision_without_a_title_goes_by_its_citation_and_the_decisions_own_field_names_are_understood()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var focal = await SignIn.Bearer(app, "focal.egy@demo.test");

        var created = await focal.PostAsJsonAsync("/api/v1/case-law", new
        {
            summary = "Recruiters held domestic workers' passports.", language = "en", country = "EGY", court = "Cairo Criminal Court",
            level = "first-instance", number = "1234/2023", dateOfDecision = "2024-03-12", verdict = "conviction", source = "Court registry",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var read = await focal.GetFromJsonAsync<JsonElement>($"/api/v1/case-law/{id}", Ct);
        Assert.Equal("Cairo Criminal Court, 1234/2023, 2024-03-12", read.GetProperty("title").GetString());
        Assert.Equal("1234/2023", read.GetProperty("caseNumber").GetString());
        Assert.Equal("2024-03-12", read.GetProperty("decisionDate").GetString());
        Assert.Equal(["Court registry"], read.GetProperty("sources").EnumerateArray().Select(s => s.GetString()!));

        // Nothing to cite it by: the title is required, as for a practice, and nothing is stored.
        var word = "zq" + Guid.NewGuid().ToString("N")[..10];
        var untitled = await focal.PostAsJsonAsync("/api/v1/case-law", new { summary = "A decision " + word, language = "en", country = "EGY" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, untitled.StatusCode);
        var error = Assert.Single((await untitled.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").EnumerateArray());
        Assert.Equal(("title", "knowledge-required"), (error.GetProperty("field").GetString(), error.GetProperty("code").GetString()));
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PalermoDbContext>();
        Assert.False(await db.CaseLaw.AnyAsync(c => c.Summary.Contains(word), Ct));
    }
}

public class KnowledgeDemoTests(WebApps apps)
{
    [Fact]
    public async Task Demo_records_say_in_their_own_language_that_they_are_made_up()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var client = app.Anonymous();
        var found = await client.GetFromJsonAsync<JsonElement>("/api/v1/practices/search?lang=ar&q=" + Uri.EscapeDataString("فريق تحقيق مشترك"), TestContext.Current.CancellationToken);
        var arabic = found.GetProperty("hits").EnumerateArray().First(h => h.GetProperty("language").GetString() == "ar").GetProperty("id").GetGuid();
        var record = await client.GetFromJsonAsync<JsonElement>($"/api/v1/practices/{arabic}", TestContext.Current.CancellationToken);
        Assert.Equal(["مثال خيالي أُعدّ لبالرمو"], record.GetProperty("sources").EnumerateArray().Select(s => s.GetString()!));

        var french = record.GetProperty("translations").EnumerateArray().Single(t => t.GetProperty("language").GetString() == "fr").GetProperty("id").GetGuid();
        var translation = await client.GetFromJsonAsync<JsonElement>($"/api/v1/practices/{french}", TestContext.Current.CancellationToken);
        Assert.Equal(["Illustration fictive rédigée pour Palermo"], translation.GetProperty("sources").EnumerateArray().Select(s => s.GetString()!));
    }

    [Fact]
    public async Task Demo_practices_are_searchable_across_languages_and_in_the_feed_and_pages()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var client = app.Anonymous();
        var result = await client.GetFromJsonAsync<JsonElement>("/api/v1/practices/search?q=" + Uri.EscapeDataString("الاتجار بالأشخاص"), TestContext.Current.CancellationToken);
        var hits = result.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal("ar", hits[0].GetProperty("language").GetString());
        Assert.Contains(hits, h => h.GetProperty("language").GetString() == "en");
        var firstForeign = hits.FindIndex(h => h.GetProperty("language").GetString() != "ar");
        Assert.True(hits.Skip(firstForeign).All(h => h.GetProperty("language").GetString() != "ar"));

        var feed = await client.GetAsync("/knowledge/feed.atom", TestContext.Current.CancellationToken);
        Assert.Equal("application/atom+xml", feed.Content.Headers.ContentType?.MediaType);
        // Parsed from the bytes, as a feed reader does: the declaration must name the encoding the bytes are in.
        var bytes = await feed.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal("utf-8", feed.Content.Headers.ContentType?.CharSet);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        var atom = System.Xml.Linq.XDocument.Load(new MemoryStream(bytes));
        Assert.Contains(atom.Descendants(System.Xml.Linq.XName.Get("title", "http://www.w3.org/2005/Atom")), t => t.Value.Any(c => c >= '\u0600' && c <= '\u06FF'));
        var categories = atom.Descendants(System.Xml.Linq.XName.Get("category", "http://www.w3.org/2005/Atom")).ToList();
        Assert.Contains(categories, c => (string?)c.Attribute("term") == "case-law" && (string?)c.Attribute("label") == "Case law");
        Assert.NotEmpty(atom.Root!.Elements(System.Xml.Linq.XName.Get("entry", "http://www.w3.org/2005/Atom")));

        var page = await client.GetStringAsync("/knowledge?q=" + Uri.EscapeDataString("الاتجار بالأشخاص") + "&culture=ar", TestContext.Current.CancellationToken);
        Assert.Contains("<mark>", page, StringComparison.Ordinal);
        Assert.Contains("dir=\"rtl\"", page, StringComparison.Ordinal);
        var id = hits[0].GetProperty("id").GetGuid();
        var record = await client.GetAsync($"/knowledge/practices/{id}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, record.StatusCode);
    }

    [Fact]
    public async Task The_search_page_explains_a_refused_search_in_the_page_language()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);

        var page = await app.Anonymous().GetStringAsync("/knowledge?q=" + Uri.EscapeDataString("\"تهريب المهاجرين") + "&culture=ar", TestContext.Current.CancellationToken);

        Assert.Contains("role=\"alert\">في نص البحث علامة تنصيص غير مغلقة. أغلق علامة التنصيص للبحث عن عبارة مطابقة، أو احذفها.</p>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_page_says_which_language_the_words_were_taken_in_and_offers_the_others()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var client = app.Anonymous();
        var q = Uri.EscapeDataString("traite des personnes");

        var guessed = await client.GetStringAsync($"/knowledge?q={q}&culture=en", TestContext.Current.CancellationToken);
        Assert.Contains("data-query-language=\"fr\"", guessed, StringComparison.Ordinal);
        Assert.Contains("Language of your search: French.", guessed, StringComparison.Ordinal);
        Assert.Matches("href=\"/knowledge\\?q=traite%20des%20personnes&amp;lang=en\"[^>]*data-lang=\"en\"", guessed);
        Assert.DoesNotContain("data-lang=\"fr\"", guessed, StringComparison.Ordinal);

        var chosen = await client.GetStringAsync($"/knowledge?q={q}&lang=en&culture=en", TestContext.Current.CancellationToken);
        Assert.Contains("data-query-language=\"en\"", chosen, StringComparison.Ordinal);

        var arabic = await client.GetStringAsync($"/knowledge?q={q}&culture=ar", TestContext.Current.CancellationToken);
        Assert.Contains("لغة البحث: الفرنسية.", arabic, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_page_numbers_hits_across_pages_and_says_which_hit_another_translates()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var client = app.Anonymous();

        var api = await client.GetFromJsonAsync<JsonElement>("/api/v1/practices/search?lang=ar&q=" + Uri.EscapeDataString("الاتجار بالأشخاص"), TestContext.Current.CancellationToken);
        var groups = api.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("translationGroupId").GetGuid()).ToList();
        var (first, later) = Enumerable.Range(0, groups.Count)
            .Select(i => (First: groups.IndexOf(groups[i]) + 1, Later: i + 1)).First(p => p.First != p.Later);

        var page = await client.GetStringAsync("/knowledge?lang=ar&culture=fr&q=" + Uri.EscapeDataString("الاتجار بالأشخاص"), TestContext.Current.CancellationToken);
        var item = page[page.IndexOf($"<li id=\"hit-{later}\"", StringComparison.Ordinal)..];
        item = item[..item.IndexOf("</li>", StringComparison.Ordinal)];
        Assert.Contains($"<a href=\"#hit-{first}\">Une traduction du résultat {first} ci-dessus.</a>", item, StringComparison.Ordinal);
        Assert.Contains($"id=\"hit-{first}\"", page, StringComparison.Ordinal);

        // Two more practices beside the demo's make sure there is a second page of 20.
        for (var n = 0; n < 2; n++)
            await KnowledgeRecords.PublishedAsync(app, "focal.nga@demo.test", "practices", new
            {
                title = $"Mobile outreach team {n}", summary = "Outreach workers met migrants at bus stations.", language = "en",
                category = "protection", countries = new[] { "NGA" },
            });
        var second = await client.GetStringAsync("/knowledge?page=2", TestContext.Current.CancellationToken);
        Assert.Contains("<ol start=\"21\">", second, StringComparison.Ordinal);
        Assert.Contains("<li id=\"hit-21\"", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Applied_filters_can_be_removed_one_by_one_or_all_and_an_empty_result_says_what_to_try()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var client = app.Anonymous();
        var q = Uri.EscapeDataString("traite des personnes");

        var filtered = WebUtility.HtmlDecode(await client.GetStringAsync($"/knowledge?q={q}&lang=fr&language=fr&country=ITA&culture=fr", TestContext.Current.CancellationToken));
        Assert.Contains("<a href=\"/knowledge?q=traite%20des%20personnes&lang=fr&country=ITA\" data-remove-filter=\"language\" aria-label=\"Retirer le filtre « Langue : Français »\">Langue : Français", filtered, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/knowledge?q=traite%20des%20personnes&lang=fr&language=fr\" data-remove-filter=\"country\"", filtered, StringComparison.Ordinal);
        Assert.Contains(">Pays : Italie <span aria-hidden=\"true\">✕</span>", filtered, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/knowledge?q=traite%20des%20personnes&lang=fr\" data-remove-filter=\"all\">Retirer tous les filtres</a>", filtered, StringComparison.Ordinal);

        var empty = await client.GetStringAsync("/knowledge?q=zqxwvu&culture=ar", TestContext.Current.CancellationToken);
        Assert.Contains("<p class=\"no-results\">لم يُعثر على أي سجل يطابق بحثك.", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("<ol", empty[empty.IndexOf("class=\"results\"", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.DoesNotContain("<aside class=\"facets\"", empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_page_says_where_else_words_of_no_clear_language_were_looked_for()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var client = app.Anonymous();
        var q = Uri.EscapeDataString("équipe commune");

        var arabic = await client.GetStringAsync($"/knowledge?q={q}&culture=ar", TestContext.Current.CancellationToken);
        Assert.Contains("data-query-language=\"en\"", arabic, StringComparison.Ordinal);
        Assert.Contains("بُحث عن الكلمات نفسها أيضًا في السجلات المكتوبة بهذه اللغات: الفرنسية، الإسبانية.", arabic, StringComparison.Ordinal);
        // The demo's French joint investigation team, found from a page in Arabic by its French words.
        Assert.Contains("Équipe commune d&#x27;enquête", arabic, StringComparison.Ordinal);

        var french = await client.GetStringAsync($"/knowledge?q={q}&lang=fr&culture=fr", TestContext.Current.CancellationToken);
        Assert.DoesNotContain("data-also-written-in", french, StringComparison.Ordinal);
    }
}
