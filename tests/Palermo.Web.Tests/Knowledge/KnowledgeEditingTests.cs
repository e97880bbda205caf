using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Palermo.Testing;
using Palermo.Web.Tests.Infrastructure;

namespace Palermo.Web.Tests.Knowledge;

/// <summary>PUT on practices and case law, the author's and the secretariat's rights, revisions, the index following edits, and the review pages.</summary>
public class KnowledgeEditingTests(WebApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Word() => "zq" + Guid.NewGuid().ToString("N")[..10];

    private static Dictionary<string, object?> Practice(string word, string title = "Shelter referral protocol") => new()
    {
        ["title"] = $"{title} {word}",
        ["summary"] = $"Labour inspectors refer possible victims to shelters ({word}).",
        ["body"] = "<p>Inspectors, police and shelters agreed one referral form.</p>",
        ["language"] = "en",
        ["category"] = "protection-and-assistance",
        ["countries"] = new[] { "NGA" },
        ["protocols"] = new[] { "TIP" },
        ["articles"] = new[] { "TIP 6" },
    };

    private static async Task<Guid> CreateAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    private static async Task<int> TotalAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/practices/search?lang=en&q=" + query, Ct)).GetProperty("total").GetInt32();

    [Theory, AllDatabases]
    public async Task The_author_edits_after_changes_are_requested_and_each_change_is_a_revision(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var author = await SignIn.Bearer(app, "focal.nga@demo.test");
        var secretariat = await SignIn.Bearer(app, "analyst@demo.test");
        var word = Word();
        var id = await CreateAsync(author, "/api/v1/practices", Practice(word));

        // Submitted: the secretariat's to change now, not the author's.
        var early = await author.PutAsJsonAsync($"/api/v1/practices/{id}", Practice(word, "Too early"), Ct);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("application/problem+json", early.Content.Headers.ContentType?.MediaType);

        (await secretariat.PostAsJsonAsync($"/api/v1/practices/{id}/request-changes", new { note = "Please name the shelters." }, Ct)).EnsureSuccessStatusCode();
        var edited = await author.PutAsJsonAsync($"/api/v1/practices/{id}", Practice(word, "Referral protocol with named shelters"), Ct);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var view = await edited.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.StartsWith("Referral protocol with named shelters", view.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("changes-requested", view.GetProperty("status").GetString());

        var submitted = await author.PostAsync($"/api/v1/practices/{id}/submit", null, Ct);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal("submitted", (await submitted.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("status").GetString());

        var revisions = (await secretariat.GetFromJsonAsync<JsonElement>($"/api/v1/practices/{id}/revisions", Ct)).EnumerateArray().ToList();
        Assert.Equal(["created", "changes-requested", "updated", "submitted"], revisions.Select(r => r.GetProperty("action").GetString()));
        var update = revisions[2];
        Assert.False(string.IsNullOrEmpty(update.GetProperty("changedBy").GetString()));
        Assert.True(update.GetProperty("changedAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
        Assert.NotEqual(revisions[0].GetProperty("changedBy").GetString(), revisions[1].GetProperty("changedBy").GetString());
    }

    [Fact]
    public async Task The_secretariats_note_reaches_the_author_through_the_api_and_no_one_else()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var author = await SignIn.Bearer(app, "focal.nga@demo.test");
        var secretariat = await SignIn.Bearer(app, "analyst@demo.test");
        var word = Word();
        var id = await CreateAsync(author, "/api/v1/practices", Practice(word));
        const string note = "Please name the shelters.";

        (await secretariat.PostAsJsonAsync($"/api/v1/practices/{id}/request-changes", new { note }, Ct)).EnsureSuccessStatusCode();
        Assert.Equal(note, (await author.GetFromJsonAsync<JsonElement>($"/api/v1/practices/{id}", Ct)).GetProperty("reviewNote").GetString());

        // Asking again is refused, naming the status the record is in as the API writes it.
        var again = await secretariat.PostAsJsonAsync($"/api/v1/practices/{id}/request-changes", new { note }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        var error = Assert.Single((await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").EnumerateArray());
        Assert.Equal(("invalid-transition", "changes-requested"), (error.GetProperty("code").GetString(), error.GetProperty("value").GetString()));

        (await secretariat.PostAsync($"/api/v1/practices/{id}/publish", null, Ct)).EnsureSuccessStatusCode();
        Assert.Equal(note, (await secretariat.GetFromJsonAsync<JsonElement>($"/api/v1/practices/{id}", Ct)).GetProperty("reviewNote").GetString());
        foreach (var reader in new[] { app.Anonymous(), await SignIn.Bearer(app, "focal.mex@demo.test") })
        {
            var seen = await reader.GetFromJsonAsync<JsonElement>($"/api/v1/practices/{id}", Ct);
            Assert.Equal(JsonValueKind.Null, seen.GetProperty("reviewNote").ValueKind);
        }
    }

    [Theory, AllDatabases]
    public async Task Others_cannot_edit_and_bad_input_changes_nothing(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var author = await SignIn.Bearer(app, "focal.nga@demo.test");
        var other = await SignIn.Bearer(app, "focal.mex@demo.test");
        var practitioner = await SignIn.Bearer(app, "practitioner@demo.test");
        var secretariat = await SignIn.Bearer(app, "analyst@demo.test");
        var word = Word();
        var id = await CreateAsync(author, "/api/v1/practices", Practice(word));

        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/v1/practices/{id}", Practice(word), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await practitioner.PutAsJsonAsync($"/api/v1/practices/{id}", Practice(word), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().PutAsJsonAsync($"/api/v1/practices/{id}", Practice(word), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await secretariat.PutAsJsonAsync($"/api/v1/practices/{Guid.NewGuid()}", Practice(word), Ct)).StatusCode);

        var bad = Practice(word, "Changed title");
        bad["category"] = "cooking";
        var refused = await secretariat.PutAsJsonAsync($"/api/v1/practices/{id}", bad, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("cooking", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var stored = await secretariat.GetFromJsonAsync<JsonElement>($"/api/v1/practices/{id}", Ct);
        Assert.StartsWith("Shelter referral protocol", stored.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, stored.GetProperty("version").GetInt32());
        Assert.Single((await secretariat.GetFromJsonAsync<JsonElement>($"/api/v1/practices/{id}/revisions", Ct)).EnumerateArray());

        // Published: other people read it but may not change it; nor may its author.
        (await secretariat.PostAsync($"/api/v1/practices/{id}/publish", null, Ct)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PutAsJsonAsync($"/api/v1/practices/{id}", Practice(word), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await author.PutAsJsonAsync($"/api/v1/practices/{id}", Practice(word), Ct)).StatusCode);
    }

    [Theory, AllDatabases]
    public async Task The_index_follows_the_secretariats_edit_of_a_published_record(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var author = await SignIn.Bearer(app, "partner@demo.test");
        var secretariat = await SignIn.Bearer(app, "secretariat@demo.test");
        var (before, after) = (Word(), Word());
        var id = await CreateAsync(author, "/api/v1/practices", Practice(before));
        (await secretariat.PostAsync($"/api/v1/practices/{id}/publish", null, Ct)).EnsureSuccessStatusCode();
        Assert.Equal(1, await TotalAsync(app.Anonymous(), before));

        var edit = Practice(after);
        (await secretariat.PutAsJsonAsync($"/api/v1/practices/{id}", edit, Ct)).EnsureSuccessStatusCode();

        Assert.Equal(0, await TotalAsync(app.Anonymous(), before));
        Assert.Equal(1, await TotalAsync(app.Anonymous(), after));
        var read = await app.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/practices/{id}", Ct);
        Assert.Equal("published", read.GetProperty("status").GetString());
        Assert.Equal(3, read.GetProperty("version").GetInt32());
    }

    [Theory, AllDatabases]
    public async Task Case_law_is_edited_with_the_same_body_as_on_creation(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var author = await SignIn.Bearer(app, "focal.egy@demo.test");
        var secretariat = await SignIn.Bearer(app, "analyst@demo.test");
        Dictionary<string, object?> Case(string verdict, string initials = "S.A.") => new()
        {
            ["title"] = "Public Prosecution v. workshop owners", ["summary"] = "Forced labour in a garment workshop.", ["language"] = "en",
            ["country"] = "EGY", ["court"] = "Cairo Criminal Court", ["courtLevel"] = "first-instance", ["decisionDate"] = "2024-03-12",
            ["verdict"] = verdict, ["victims"] = new[] { new { initials, sex = "f", nationality = "EGY" } },
        };
        var id = await CreateAsync(author, "/api/v1/case-law", Case("conviction"));

        var changed = await secretariat.PutAsJsonAsync($"/api/v1/case-law/{id}", Case("conviction upheld on appeal"), Ct);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("conviction upheld on appeal", (await changed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("verdict").GetString());
        var named = await secretariat.PutAsJsonAsync($"/api/v1/case-law/{id}", Case("conviction", "Samira Adel"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, named.StatusCode);
        Assert.DoesNotContain("Samira", await named.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await author.PutAsJsonAsync($"/api/v1/case-law/{id}", Case("acquittal"), Ct)).StatusCode);
    }

    [Theory, AllDatabases]
    public async Task The_secretariat_reviews_from_the_queue_and_the_author_edits_on_the_form(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var authorApi = await SignIn.Bearer(app, "focal.nga@demo.test");
        var word = Word();
        var id = await CreateAsync(authorApi, "/api/v1/practices", Practice(word));
        var reviewer = await SignIn.Cookie(app, "analyst@demo.test");
        var author = await SignIn.Cookie(app, "focal.nga@demo.test");

        var queue = await reviewer.GetStringAsync("/knowledge/review", Ct);
        Assert.Contains($"/knowledge/review/practices/{id}", queue, StringComparison.Ordinal);
        var denied = await author.GetAsync("/knowledge/review", Ct);
        Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);
        Assert.DoesNotContain(id.ToString(), await denied.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var page = $"/knowledge/review/practices/{id}";
        var html = await reviewer.GetStringAsync(page, Ct);
        var asked = await reviewer.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["decision"] = "request-changes", ["note"] = "Name the shelters " + word, ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(html),
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.DoesNotContain($"/knowledge/review/practices/{id}", await reviewer.GetStringAsync("/knowledge/review", Ct), StringComparison.Ordinal);

        var editPath = $"/knowledge/practices/{id}/edit";
        var form = await author.GetStringAsync(editPath, Ct);
        Assert.Contains("Name the shelters " + word, form, StringComparison.Ordinal);
        var saved = await author.PostAsync(editPath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Title"] = "Referral to the Lagos and Benin City shelters " + word, ["Form.Language"] = "en", ["Form.Summary"] = "Shelters named.",
            ["Form.Body"] = "<p>Two shelters.</p>", ["Form.Category"] = "protection-and-assistance", ["Form.Countries"] = "NGA", ["Form.Protocols"] = "TIP",
            ["submit"] = "true", ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(form),
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var again = await reviewer.GetStringAsync(page, Ct);
        Assert.Contains("Lagos and Benin City", again, StringComparison.Ordinal);
        Assert.Contains("<del>", again, StringComparison.Ordinal);
        var published = await reviewer.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["decision"] = "publish", ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(again),
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var read = await app.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/practices/{id}", Ct);
        Assert.Equal("published", read.GetProperty("status").GetString());

        // Published: the author's form no longer saves.
        var locked = await author.GetStringAsync(editPath, Ct);
        Assert.DoesNotContain("name=\"Form.Title\"", locked, StringComparison.Ordinal);
    }
}
