using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Data;
using Palermo.Testing;
using Palermo.Web.Tests.Infrastructure;

namespace Palermo.Web.Tests.Knowledge;

/// <summary>Upload, list and download of attachments; refused uploads store nothing; unpublished records' files stay private.</summary>
public class KnowledgeAttachmentTests(WebApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static async Task<Guid> CreatePracticeAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/v1/practices", new
        {
            title = "Hotline for migrant domestic workers", summary = "A multilingual hotline.", language = "en", category = "protection-and-assistance",
            countries = new[] { "PHL" }, protocols = new[] { "TIP" },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    private static MultipartFormDataContent File(byte[] content, string name, string claimedType = "application/octet-stream")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(claimedType);
        return new MultipartFormDataContent { { file, "file", name } };
    }

    private static async Task<int> StoredAsync(PalermoWebFactory app, Guid recordId)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PalermoDbContext>().KnowledgeAttachments.CountAsync(a => a.RecordId == recordId, Ct);
    }

    [Theory, AllDatabases]
    public async Task An_author_attaches_a_pdf_that_only_readers_of_the_record_can_download(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var author = await SignIn.Bearer(app, "focal.phl@demo.test");
        var other = await SignIn.Bearer(app, "focal.mex@demo.test");
        var secretariat = await SignIn.Bearer(app, "analyst@demo.test");
        var id = await CreatePracticeAsync(author);

        var upload = await author.PostAsync($"/api/v1/practices/{id}/attachments", File(AttachmentSamples.Pdf, "../Hotline report?.exe", "text/html"), Ct);
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var attachment = await upload.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("application/pdf", attachment.GetProperty("contentType").GetString());
        Assert.Equal("Hotline report.pdf", attachment.GetProperty("fileName").GetString());
        var url = attachment.GetProperty("url").GetString()!;

        var record = await author.GetFromJsonAsync<JsonElement>($"/api/v1/practices/{id}", Ct);
        Assert.Equal(url, Assert.Single(record.GetProperty("attachments").EnumerateArray()).GetProperty("url").GetString());

        // Unpublished: neither the public nor another country's focal point sees the file.
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync(url, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/practices/{id}/attachments", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/v1/practices/{id}/attachments", File(AttachmentSamples.Pdf, "x.pdf"), Ct)).StatusCode);

        (await secretariat.PostAsync($"/api/v1/practices/{id}/publish", null, Ct)).EnsureSuccessStatusCode();
        var download = await app.Anonymous().GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(AttachmentSamples.Pdf, await download.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Hotline report.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());

        // Published: the author no longer changes the files; the secretariat still does.
        Assert.Equal(HttpStatusCode.Forbidden, (await author.PostAsync($"/api/v1/practices/{id}/attachments", File(AttachmentSamples.Text, "notes.txt"), Ct)).StatusCode);
        var page = await app.Anonymous().GetStringAsync($"/knowledge/practices/{id}", Ct);
        Assert.Contains(url, page, StringComparison.Ordinal);
        var revisions = await secretariat.GetFromJsonAsync<JsonElement>($"/api/v1/practices/{id}/revisions", Ct);
        Assert.Contains(revisions.EnumerateArray(), r => r.GetProperty("action").GetString() == "attachment-added");
    }

    [Theory, AllDatabases]
    public async Task Every_allowed_type_is_accepted(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var secretariat = await SignIn.Bearer(app, "secretariat@demo.test");
        var id = await CreatePracticeAsync(secretariat);
        foreach (var (content, name, type) in new[]
                 {
                     (AttachmentSamples.Docx, "a.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                     (AttachmentSamples.Xlsx, "b.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                     (AttachmentSamples.Odt, "c.odt", "application/vnd.oasis.opendocument.text"),
                     (AttachmentSamples.Png, "d.png", "image/png"),
                     (AttachmentSamples.Jpeg, "e.jpeg", "image/jpeg"),
                     (AttachmentSamples.Text, "f.txt", "text/plain"),
                 })
        {
            var response = await secretariat.PostAsync($"/api/v1/practices/{id}/attachments", File(content, name), Ct);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            Assert.StartsWith(type, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("contentType").GetString(), StringComparison.Ordinal);
        }
        Assert.Equal(6, (await secretariat.GetFromJsonAsync<JsonElement>($"/api/v1/practices/{id}/attachments", Ct)).GetArrayLength());
    }

    [Theory, AllDatabases]
    public async Task Bad_uploads_are_problems_and_store_nothing(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var author = await SignIn.Bearer(app, "focal.phl@demo.test");
        var id = await CreatePracticeAsync(author);
        var tooBig = new byte[10 * 1024 * 1024 + 1];
        "%PDF-"u8.CopyTo(tooBig);
        foreach (var (content, name, status, code) in new[]
                 {
                     (tooBig, "big.pdf", HttpStatusCode.RequestEntityTooLarge, "attachment-too-large"),
                     (AttachmentSamples.Executable, "tool.pdf", HttpStatusCode.BadRequest, "attachment-type-not-allowed"),
                     (AttachmentSamples.PlainZip, "archive.docx", HttpStatusCode.BadRequest, "attachment-type-not-allowed"),
                     (AttachmentSamples.Html, "page.txt", HttpStatusCode.BadRequest, "attachment-type-not-allowed"),
                     (Array.Empty<byte>(), "empty.pdf", HttpStatusCode.BadRequest, "attachment-empty"),
                 })
        {
            var response = await author.PostAsync($"/api/v1/practices/{id}/attachments", File(content, name), Ct);
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains(code, await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
        var notMultipart = await author.PostAsJsonAsync($"/api/v1/practices/{id}/attachments", new { file = "x" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, notMultipart.StatusCode);
        Assert.Equal(0, await StoredAsync(app, id));
        var record = await author.GetFromJsonAsync<JsonElement>($"/api/v1/practices/{id}", Ct);
        Assert.Equal(1, record.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task The_edit_page_uploads_through_a_form()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var api = await SignIn.Bearer(app, "partner@demo.test");
        var id = await CreatePracticeAsync(api);
        var partner = await SignIn.Cookie(app, "partner@demo.test");
        var path = $"/knowledge/practices/{id}/edit";
        var html = await partner.GetStringAsync(path, Ct);
        Assert.Contains("enctype=\"multipart/form-data\"", html, StringComparison.Ordinal);

        var form = File(AttachmentSamples.Text, "notes.txt");
        form.Add(new StringContent(SignIn.AntiforgeryToken(html)), "__RequestVerificationToken");
        var response = await partner.PostAsync(path + "?handler=Upload", form, Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("notes.txt", await partner.GetStringAsync(path, Ct), StringComparison.Ordinal);

        var bad = File(AttachmentSamples.Executable, "tool.txt");
        bad.Add(new StringContent(SignIn.AntiforgeryToken(html)), "__RequestVerificationToken");
        var refused = await partner.PostAsync(path + "?handler=Upload", bad, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(1, await StoredAsync(app, id));
    }
}
