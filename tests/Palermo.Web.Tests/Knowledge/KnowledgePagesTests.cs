using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Data;
using Palermo.Testing;
using Palermo.Web.Tests.Infrastructure;

namespace Palermo.Web.Tests.Knowledge;

/// <summary>
/// New practices and cases through the pages (<c>/knowledge/{practices|case-law}/new</c>): who may submit, what is
/// stored (status, revision and author), drafts, and bad input shown beside its field with nothing stored.
/// </summary>
public class KnowledgePagesTests(WebApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Word() => "zq" + Guid.NewGuid().ToString("N")[..10];

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields, string? tokenFrom = null)
    {
        var html = await client.GetStringAsync(tokenFrom ?? path, Ct);
        fields["__RequestVerificationToken"] = SignIn.AntiforgeryToken(html);
        return await client.PostAsync(path, new FormUrlEncodedContent(fields), Ct);
    }

    private static Dictionary<string, string> PracticeFields(string word) => new()
    {
        ["Form.Title"] = "Joint labour inspections in the garment sector " + word,
        ["Form.Language"] = "en",
        ["Form.Summary"] = "Labour inspectors and police visit workshops together.",
        ["Form.Body"] = "<p>Inspections led to referrals to shelters.</p><script>alert(1)</script>",
        ["Form.Category"] = "investigation",
        ["Form.Protocols"] = "TIP",
        ["Form.Articles"] = "TIP 9, TIP 10",
        ["Form.Countries"] = "NGA, EGY",
        ["Form.Organizations"] = "Labour inspectorate\nNational police",
        ["Form.PeriodStartYear"] = "2021",
        ["Form.PeriodEndYear"] = "2023",
        ["Form.Results"] = "42 workers referred.",
        ["Form.Links"] = "https://example.org/report",
        ["Form.Sources"] = "Annual report of the inspectorate",
        ["Form.HumanitarianCrisis"] = "Sahel displacement",
    };

    private static Dictionary<string, string> CaseFields(string word, string victims = "S.A., f, EGY\nM.K., m, SDN") => new()
    {
        ["Form.Title"] = "Public Prosecution v. workshop owners " + word,
        ["Form.Language"] = "en",
        ["Form.Summary"] = "Forced labour in a garment workshop " + word,
        ["Form.Country"] = "EGY",
        ["Form.Court"] = "Cairo Criminal Court",
        ["Form.CourtLevel"] = "FirstInstance",
        ["Form.DecisionDate"] = "2024-03-12",
        ["Form.CaseNumber"] = "1234/2024",
        ["Form.Verdict"] = "conviction",
        ["Form.Sentence"] = "seven years",
        ["Form.Appeal"] = "pending",
        ["Form.Defendants"] = "m, EGY\nf, EGY",
        ["Form.Victims"] = victims,
        ["Form.ExploitationForms"] = "forced labour",
        ["Form.Acts"] = "recruitment\nharbouring",
        ["Form.Means"] = "deception",
        ["Form.Purposes"] = "forced labour",
        ["Form.Protocols"] = "TIP",
        ["Form.Sources"] = "Court registry",
    };

    private static Guid CreatedId(HttpResponseMessage response, string kind)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var path = response.RedirectPath();
        Assert.StartsWith($"/knowledge/{kind}/", path, StringComparison.Ordinal);
        return Guid.Parse(path.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<int> StoredAsync(PalermoWebFactory app, string word)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PalermoDbContext>();
        return await db.Practices.CountAsync(p => p.Title.Contains(word), Ct) + await db.CaseLaw.CountAsync(c => c.Title.Contains(word), Ct);
    }

    [Theory, AllDatabases]
    public async Task A_focal_point_submits_a_practice_through_the_page(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var page = await SignIn.Cookie(app, "focal.nga@demo.test");
        var api = await SignIn.Bearer(app, "focal.nga@demo.test");
        var me = (await api.GetFromJsonAsync<JsonElement>("/api/v1/me", Ct)).GetProperty("id").GetString();
        var word = Word();

        var index = await page.GetStringAsync("/knowledge", Ct);
        Assert.Contains("href=\"/knowledge/practices/new\"", index, StringComparison.Ordinal);
        Assert.Contains("href=\"/knowledge/case-law/new\"", index, StringComparison.Ordinal);
        var form = await page.GetStringAsync("/knowledge/practices/new", Ct);
        Assert.Contains("value=\"NGA\"", form, StringComparison.Ordinal);

        var id = CreatedId(await PostFormAsync(page, "/knowledge/practices/new", PracticeFields(word)), "practices");

        var stored = await api.GetFromJsonAsync<JsonElement>($"/api/v1/practices/{id}", Ct);
        Assert.Equal("submitted", stored.GetProperty("status").GetString());
        Assert.EndsWith(word, stored.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("investigation", stored.GetProperty("category").GetString());
        Assert.Equal(["EGY", "NGA"], stored.GetProperty("countries").EnumerateArray().Select(c => c.GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(["Labour inspectorate", "National police"], stored.GetProperty("organizations").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(2021, stored.GetProperty("periodStartYear").GetInt32());
        Assert.Equal("Sahel displacement", stored.GetProperty("humanitarianCrisis").GetString());
        Assert.Equal("NGA", stored.GetProperty("authorCountry").GetString());
        Assert.DoesNotContain("<script", stored.GetProperty("body").GetString(), StringComparison.OrdinalIgnoreCase);

        var revision = Assert.Single((await api.GetFromJsonAsync<JsonElement>($"/api/v1/practices/{id}/revisions", Ct)).EnumerateArray());
        Assert.Equal("created", revision.GetProperty("action").GetString());
        Assert.Equal("submitted", revision.GetProperty("status").GetString());
        Assert.Equal(me, revision.GetProperty("changedBy").GetString());

        // The secretariat finds it in the review queue.
        var reviewer = await SignIn.Cookie(app, "analyst@demo.test");
        Assert.Contains($"/knowledge/review/practices/{id}", await reviewer.GetStringAsync("/knowledge/review", Ct), StringComparison.Ordinal);
    }

    [Theory, AllDatabases]
    public async Task A_partner_submits_a_case_with_victims_by_initials(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var page = await SignIn.Cookie(app, "partner@demo.test");
        var api = await SignIn.Bearer(app, "partner@demo.test");
        var me = (await api.GetFromJsonAsync<JsonElement>("/api/v1/me", Ct)).GetProperty("id").GetString();
        var word = Word();

        var id = CreatedId(await PostFormAsync(page, "/knowledge/case-law/new", CaseFields(word)), "case-law");

        var stored = await api.GetFromJsonAsync<JsonElement>($"/api/v1/case-law/{id}", Ct);
        Assert.Equal("submitted", stored.GetProperty("status").GetString());
        Assert.Equal("EGY", stored.GetProperty("country").GetString());
        Assert.Equal("2024-03-12", stored.GetProperty("decisionDate").GetString());
        Assert.Equal(["S.A.", "M.K."], stored.GetProperty("victims").EnumerateArray().Select(v => v.GetProperty("initials").GetString()));
        Assert.Equal(["f", "m"], stored.GetProperty("victims").EnumerateArray().Select(v => v.GetProperty("sex").GetString()));
        Assert.Equal(2, stored.GetProperty("victimCount").GetInt32());
        Assert.Equal(["m", "f"], stored.GetProperty("defendants").EnumerateArray().Select(v => v.GetProperty("sex").GetString()));
        Assert.Equal(["recruitment", "harbouring"], stored.GetProperty("acts").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(["deception"], stored.GetProperty("means").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(["forced labour"], stored.GetProperty("purposes").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(["forced labour"], stored.GetProperty("exploitationForms").EnumerateArray().Select(v => v.GetString()));
        var revision = Assert.Single((await api.GetFromJsonAsync<JsonElement>($"/api/v1/case-law/{id}/revisions", Ct)).EnumerateArray());
        Assert.Equal(me, revision.GetProperty("changedBy").GetString());
    }

    [Theory, AllDatabases]
    public async Task A_draft_stays_with_its_author_until_submitted_from_the_edit_form(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var page = await SignIn.Cookie(app, "focal.egy@demo.test");
        var api = await SignIn.Bearer(app, "focal.egy@demo.test");
        var word = Word();
        var fields = PracticeFields(word);
        fields["draft"] = "true";

        var saved = await PostFormAsync(page, "/knowledge/practices/new", fields);
        var id = CreatedId(saved, "practices");
        Assert.Equal($"/knowledge/practices/{id}/edit", saved.RedirectPath());
        Assert.Equal("draft", (await api.GetFromJsonAsync<JsonElement>($"/api/v1/practices/{id}", Ct)).GetProperty("status").GetString());
        var reviewer = await SignIn.Cookie(app, "analyst@demo.test");
        Assert.DoesNotContain(id.ToString(), await reviewer.GetStringAsync("/knowledge/review", Ct), StringComparison.Ordinal);

        var edit = $"/knowledge/practices/{id}/edit";
        fields.Remove("draft");
        fields.Remove("__RequestVerificationToken");
        fields["submit"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(page, edit, fields)).StatusCode);
        Assert.Equal("submitted", (await api.GetFromJsonAsync<JsonElement>($"/api/v1/practices/{id}", Ct)).GetProperty("status").GetString());
    }

    [Theory, AllDatabases]
    public async Task A_missing_title_is_shown_beside_the_field_in_the_page_language_and_nothing_is_stored(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var page = await SignIn.Cookie(app, "focal.nga@demo.test", culture: "fr");
        var word = Word();
        var fields = PracticeFields(word);
        fields["Form.Title"] = " ";
        fields["Form.Summary"] = "Summary " + word;
        fields["Form.Countries"] = "NGA, XXQ";
        fields["Form.Articles"] = "TIP 6, TIP 21";

        var refused = await PostFormAsync(page, "/knowledge/practices/new", fields);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync(Ct);
        Assert.Contains("id=\"title-error\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"title-error\"", html, StringComparison.Ordinal);
        Assert.Contains("Le champ Titre est obligatoire", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("id=\"countries-error\"", html, StringComparison.Ordinal);
        Assert.Contains("XXQ", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"articles-error\"", html, StringComparison.Ordinal);
        Assert.Contains("« TIP 21 » n'est pas un article de cet instrument", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        // What was typed is still there to correct.
        Assert.Contains("Summary " + word, html, StringComparison.Ordinal);
        Assert.Equal(0, await StoredAsync(app, word));
        using var scope = app.Services.CreateScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<PalermoDbContext>().Practices.CountAsync(p => p.Summary.Contains(word), Ct));
    }

    [Theory, AllDatabases]
    public async Task A_victims_full_name_is_refused_in_arabic_without_being_sent_back_and_nothing_is_stored(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var page = await SignIn.Cookie(app, "focal.egy@demo.test", culture: "ar");
        var word = Word();

        var refused = await PostFormAsync(page, "/knowledge/case-law/new", CaseFields(word, "S.A., f, EGY\nSamira Adel, f, EGY"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Ct));
        Assert.Contains("id=\"victims-error\"", html, StringComparison.Ordinal);
        Assert.Contains("يُشار إلى الضحايا بالأحرف الأولى فقط", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Samira", html, StringComparison.Ordinal);
        Assert.Contains("S.A., f, EGY", html, StringComparison.Ordinal);
        Assert.Equal(0, await StoredAsync(app, word));
    }

    [Theory, AllDatabases]
    public async Task Roles_that_may_not_submit_get_403_and_strangers_are_sent_to_sign_in(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var word = Word();
        foreach (var email in new[] { "practitioner@demo.test", "contributor.nga@demo.test", "officer.egy@demo.test" })
        {
            var client = await SignIn.Cookie(app, email);
            Assert.DoesNotContain("/knowledge/practices/new", await client.GetStringAsync("/knowledge", Ct), StringComparison.Ordinal);
            foreach (var kind in new[] { "practices", "case-law" })
            {
                Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/knowledge/{kind}/new", Ct)).StatusCode);
                // A genuine token from another page: the refusal is the role's, not the token's.
                var fields = kind == "practices" ? PracticeFields(word) : CaseFields(word);
                var refused = await PostFormAsync(client, $"/knowledge/{kind}/new", fields, tokenFrom: "/");
                Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            }
        }
        var stranger = await app.Anonymous().GetAsync("/knowledge/practices/new", Ct);
        Assert.Equal(HttpStatusCode.Redirect, stranger.StatusCode);
        Assert.StartsWith("/account/login", stranger.RedirectPath(), StringComparison.Ordinal);
        Assert.Equal(0, await StoredAsync(app, word));
    }

    [Theory, AllDatabases]
    public async Task Case_laws_defendants_victims_and_keywords_are_edited_on_the_form(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var page = await SignIn.Cookie(app, "partner@demo.test");
        var api = await SignIn.Bearer(app, "partner@demo.test");
        var word = Word();
        var fields = CaseFields(word);
        fields["draft"] = "true";
        var id = CreatedId(await PostFormAsync(page, "/knowledge/case-law/new", fields), "case-law");
        var edit = $"/knowledge/case-law/{id}/edit";

        var form = WebUtility.HtmlDecode(await page.GetStringAsync(edit, Ct));
        Assert.Contains("name=\"Form.Victims\"", form, StringComparison.Ordinal);
        Assert.Contains("S.A., f, EGY\nM.K., m, SDN", form, StringComparison.Ordinal);
        Assert.Contains("recruitment\nharbouring", form, StringComparison.Ordinal);
        Assert.Contains("m, EGY\nf, EGY", form, StringComparison.Ordinal);

        fields = CaseFields(word, "S.A., f, EGY\nR.T., f, NGA");
        fields["Form.Acts"] = "transport";
        fields["Form.Means"] = "abuse of a position of vulnerability\ndeception";
        fields["Form.Defendants"] = "m, LBY";
        fields["Form.DefendantCount"] = "3";
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(page, edit, fields)).StatusCode);
        var stored = await api.GetFromJsonAsync<JsonElement>($"/api/v1/case-law/{id}", Ct);
        Assert.Equal(["S.A.", "R.T."], stored.GetProperty("victims").EnumerateArray().Select(v => v.GetProperty("initials").GetString()));
        Assert.Equal("NGA", stored.GetProperty("victims")[1].GetProperty("nationality").GetString());
        Assert.Equal(["transport"], stored.GetProperty("acts").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(2, stored.GetProperty("means").GetArrayLength());
        Assert.Equal("LBY", Assert.Single(stored.GetProperty("defendants").EnumerateArray()).GetProperty("nationality").GetString());
        Assert.Equal(3, stored.GetProperty("defendantCount").GetInt32());
        Assert.Equal(2, stored.GetProperty("version").GetInt32());

        fields = CaseFields(word, "Rania Tarek, f, NGA");
        var refused = await PostFormAsync(page, edit, fields);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync(Ct);
        Assert.Contains("id=\"victims-error\"", html, StringComparison.Ordinal);
        Assert.Contains("never by a full name", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Rania", html, StringComparison.Ordinal);
        var unchanged = await api.GetFromJsonAsync<JsonElement>($"/api/v1/case-law/{id}", Ct);
        Assert.Equal(2, unchanged.GetProperty("version").GetInt32());
        Assert.Equal(["S.A.", "R.T."], unchanged.GetProperty("victims").EnumerateArray().Select(v => v.GetProperty("initials").GetString()));
    }

    [Theory, AllDatabases]
    public async Task A_translation_is_linked_to_its_original_through_the_page(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var page = await SignIn.Cookie(app, "focal.nga@demo.test");
        var api = await SignIn.Bearer(app, "focal.nga@demo.test");
        var word = Word();
        var original = CreatedId(await PostFormAsync(page, "/knowledge/practices/new", PracticeFields(word)), "practices");

        var record = await page.GetStringAsync($"/knowledge/practices/{original}", Ct);
        Assert.Contains($"/knowledge/practices/new?translationOf={original}", record, StringComparison.Ordinal);
        Assert.Contains($"value=\"{original}\"", await page.GetStringAsync($"/knowledge/practices/new?translationOf={original}", Ct), StringComparison.Ordinal);

        var fields = PracticeFields(word);
        fields["Form.Title"] = "Inspections conjointes du travail " + word;
        fields["Form.Language"] = "fr";
        fields["Form.TranslationOf"] = "not a record";
        var refused = await PostFormAsync(page, "/knowledge/practices/new", fields);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("id=\"translationOf-error\"", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(1, await StoredAsync(app, word));

        fields.Remove("__RequestVerificationToken");
        fields["Form.TranslationOf"] = $"https://palermo.example/knowledge/practices/{original}";
        var translation = CreatedId(await PostFormAsync(page, "/knowledge/practices/new", fields), "practices");
        var group = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/practices/{original}", Ct)).GetProperty("translationGroupId").GetGuid();
        var stored = await api.GetFromJsonAsync<JsonElement>($"/api/v1/practices/{translation}", Ct);
        Assert.Equal(group, stored.GetProperty("translationGroupId").GetGuid());
        Assert.Equal("fr", stored.GetProperty("language").GetString());
    }

    [Fact]
    public async Task A_record_page_links_to_its_translations_and_does_not_list_them_again_as_similar_records()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var client = app.Anonymous();
        // The demo's joint investigation team is written in Arabic, English, French and Spanish.
        var found = await client.GetFromJsonAsync<JsonElement>("/api/v1/practices/search?lang=ar&q=" + Uri.EscapeDataString("فريق تحقيق مشترك"), Ct);
        var arabic = found.GetProperty("hits").EnumerateArray().First(h => h.GetProperty("language").GetString() == "ar").GetProperty("id").GetGuid();
        var record = await client.GetFromJsonAsync<JsonElement>($"/api/v1/practices/{arabic}", Ct);
        var translations = record.GetProperty("translations").EnumerateArray()
            .ToDictionary(t => t.GetProperty("language").GetString()!, t => t.GetProperty("id").GetGuid());
        Assert.Equal(["en", "es", "fr"], translations.Keys.Order());

        var page = await client.GetStringAsync($"/knowledge/practices/{arabic}?culture=fr", Ct);

        var links = System.Text.RegularExpressions.Regex.Matches(page, "<a href=\"/knowledge/practices/([0-9a-f-]+)\" hreflang=\"([a-z]+)\" title=\"[^\"]+\" data-translation=\"[a-z]+\">([^<]+)</a>")
            .Select(m => (Id: Guid.Parse(m.Groups[1].Value), Language: m.Groups[2].Value, Name: m.Groups[3].Value)).ToList();
        // In the UN order of languages, named in the page's language.
        Assert.Equal([("en", "Anglais"), ("fr", "Français"), ("es", "Espagnol")], links.Select(l => (l.Language, l.Name)));
        Assert.All(links, l => Assert.Equal(translations[l.Language], l.Id));
        Assert.Contains("Également disponible en :", page, StringComparison.Ordinal);
        var similar = page[page.IndexOf("<h2>Fiches similaires</h2>", StringComparison.Ordinal)..];
        Assert.All(translations.Values, id => Assert.DoesNotContain(id.ToString(), similar, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_published_case_reads_in_arabic_with_named_countries_levels_and_people_by_initials_only()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var id = await KnowledgeRecords.PublishedAsync(app, "focal.egy@demo.test", "case-law", new
        {
            title = "Public Prosecution v. recruiters " + Guid.NewGuid().ToString("N")[..8], summary = "Recruiters sold domestic workers' contracts.",
            language = "en", country = "EGY", court = "Cairo Criminal Court", courtLevel = "appeal", decisionDate = "2024-03-12",
            verdict = "conviction", sentence = "seven years", defendants = new[] { new { sex = "m", nationality = "EGY" } },
            victims = new[] { new { initials = "S.A.", sex = "f", nationality = "PHL" } }, exploitationForms = new[] { "domestic servitude" },
            protocols = new[] { "TIP" },
        });

        var page = await app.Anonymous().GetStringAsync($"/knowledge/case-law/{id}?culture=ar", TestContext.Current.CancellationToken);

        Assert.Contains("<dl class=\"facts\" lang=\"ar\" dir=\"rtl\">", page, StringComparison.Ordinal);
        Assert.Contains("<dd>مصر</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dd>الاستئناف</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<li>ذكر، مصر</li>", page, StringComparison.Ordinal);
        Assert.Contains("<li><bdi dir=\"ltr\">S.A.</bdi>، أنثى، الفلبين</li>", page, StringComparison.Ordinal);
        Assert.Contains(">domestic servitude</dd>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_practice_names_its_countries_protocols_articles_organizations_and_period_in_the_page_language()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var id = await KnowledgeRecords.PublishedAsync(app, "partner@demo.test", "practices", new
        {
            title = "Referral desk " + Guid.NewGuid().ToString("N")[..8], summary = "A desk at the port refers victims to shelters.", language = "en",
            category = "protection-and-assistance", countries = new[] { "NGA", "ITA" }, protocols = new[] { "TIP" }, articles = new[] { "TIP 6" },
            organizations = new[] { "IOM", "Caritas" }, periodStartYear = 2019, periodEndYear = 2022,
            links = new[] { "https://example.org/desk", "javascript:alert(1)" },
        });

        var page = await app.Anonymous().GetStringAsync($"/knowledge/practices/{id}?culture=fr", TestContext.Current.CancellationToken);

        Assert.Contains("<dd>Nigeria, Italie</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dd>Protocole relatif à la traite des personnes</dd>", page, StringComparison.Ordinal);
        Assert.Contains(">IOM, Caritas</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dd>2019–2022</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dd>Protocole relatif à la traite des personnes, art. 6</dd>", page, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/desk\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", page, StringComparison.OrdinalIgnoreCase);

        var arabic = app.Anonymous();
        arabic.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ar");
        var search = await arabic.GetFromJsonAsync<JsonElement>("/api/v1/practices/search?q=" + Uri.EscapeDataString("Referral desk") + "&article=TIP%206", TestContext.Current.CancellationToken);
        var article = Assert.Single(search.GetProperty("facets").GetProperty("article").EnumerateArray());
        Assert.Equal(("TIP 6", "بروتوكول الاتجار بالأشخاص، المادة 6"), (article.GetProperty("value").GetString(), article.GetProperty("label").GetString()));
    }
}
