using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Palermo.Web.Tests.Infrastructure;

/// <summary>Knowledge records put in place through the API, as their authors and the secretariat do.</summary>
public static class KnowledgeRecords
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A record created by <paramref name="author"/> under <c>/api/v1/{kindPath}</c>, left unpublished.</summary>
    public static async Task<Guid> CreatedAsync(PalermoWebFactory app, string author, string kindPath, object record)
    {
        var created = await (await SignIn.Bearer(app, author)).PostAsJsonAsync($"/api/v1/{kindPath}", record, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    /// <summary>A record created by <paramref name="author"/> and published by the secretariat.</summary>
    public static async Task<Guid> PublishedAsync(PalermoWebFactory app, string author, string kindPath, object record)
    {
        var id = await CreatedAsync(app, author, kindPath, record);
        (await (await SignIn.Bearer(app, "analyst@demo.test")).PostAsync($"/api/v1/{kindPath}/{id}/publish", null, Ct)).EnsureSuccessStatusCode();
        return id;
    }
}
