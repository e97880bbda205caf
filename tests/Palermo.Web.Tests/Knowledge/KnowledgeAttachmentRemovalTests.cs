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

/// <summary>The remove button on the edit page: the author until publication and the secretariat; nobody else; antiforgery.</summary>
public class KnowledgeAttachmentRemovalTests(WebApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<Guid> AttachAsync(HttpClient client, Guid id, string name)
    {
        var file = new ByteArrayContent(AttachmentSamples.Text);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse("text/plain");
        var response = await client.PostAsync($"/api/v1/practices/{id}/attachments", new MultipartFormDataContent { { file, "file", name } }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    private static async Task<bool> StoredAsync(PalermoWebFactory app, Guid attachmentId)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PalermoDbContext>().KnowledgeAttachments.AnyAsync(a => a.Id == attachmentId, Ct);
    }

    private static async Task<HttpResponseMessage> RemoveAsync(HttpClient client, Guid id, Guid attachmentId, string? token)
    {
        var fields = new Dictionary<string, string> { ["attachmentId"] = attachmentId.ToString() };
        if (token is not null) fields["__RequestVerificationToken"] = token;
        return await client.PostAsync($"/knowledge/practices/{id}/edit?handler=Remove", new FormUrlEncodedContent(fields), Ct);
    }

    private static async Task<string> TokenAsync(HttpClient client) => SignIn.AntiforgeryToken(await client.GetStringAsync("/", Ct));

    [Theory, AllDatabases]
    public async Task The_author_removes_an_attachment_on_the_edit_page_and_others_are_refused(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var api = await SignIn.Bearer(app, "focal.phl@demo.test");
        var me = (await api.GetFromJsonAsync<JsonElement>("/api/v1/me", Ct)).GetProperty("id").GetString();
        var id = await KnowledgeAttachmentTests.CreatePracticeAsync(api);
        var first = await AttachAsync(api, id, "hotline-leaflet.txt");
        var author = await SignIn.Cookie(app, "focal.phl@demo.test");
        var other = await SignIn.Cookie(app, "focal.mex@demo.test");
        var practitioner = await SignIn.Cookie(app, "practitioner@demo.test");

        // Not theirs and not visible: 404; a role that may not submit: 403; no token: refused.
        Assert.Equal(HttpStatusCode.NotFound, (await RemoveAsync(other, id, first, await TokenAsync(other))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await RemoveAsync(practitioner, id, first, await TokenAsync(practitioner))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await RemoveAsync(author, id, first, token: null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await RemoveAsync(author, id, Guid.NewGuid(), await TokenAsync(author))).StatusCode);
        Assert.True(await StoredAsync(app, first));

        var page = await author.GetStringAsync($"/knowledge/practices/{id}/edit", Ct);
        Assert.Contains("Remove hotline-leaflet.txt", page, StringComparison.Ordinal);
        Assert.Contains("?handler=Remove", page, StringComparison.Ordinal);
        var removed = await RemoveAsync(author, id, first, SignIn.AntiforgeryToken(page));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await StoredAsync(app, first));
        Assert.DoesNotContain("hotline-leaflet.txt", await author.GetStringAsync($"/knowledge/practices/{id}/edit?removed=true", Ct), StringComparison.Ordinal);
        var revisions = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/practices/{id}/revisions", Ct)).EnumerateArray().ToList();
        Assert.Equal("attachment-removed", revisions[^1].GetProperty("action").GetString());
        Assert.Equal(me, revisions[^1].GetProperty("changedBy").GetString());

        // Published: readable by others, but its files are the secretariat's to change now — the author's included.
        var second = await AttachAsync(api, id, "second.txt");
        var secretariatApi = await SignIn.Bearer(app, "analyst@demo.test");
        (await secretariatApi.PostAsync($"/api/v1/practices/{id}/publish", null, Ct)).EnsureSuccessStatusCode();
        var partner = await SignIn.Cookie(app, "partner@demo.test");
        Assert.Equal(HttpStatusCode.Forbidden, (await RemoveAsync(partner, id, second, await TokenAsync(partner))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await RemoveAsync(author, id, second, await TokenAsync(author))).StatusCode);
        Assert.True(await StoredAsync(app, second));
        var secretariat = await SignIn.Cookie(app, "analyst@demo.test");
        Assert.Equal(HttpStatusCode.Redirect, (await RemoveAsync(secretariat, id, second, await TokenAsync(secretariat))).StatusCode);
        Assert.False(await StoredAsync(app, second));
    }
}
