using System.Net.Http.Json;
using System.Text.Json;
using Palermo.Demo;
using Palermo.Reporting;
using Palermo.Web.Tests.Infrastructure;

namespace Palermo.Web.Tests.Reporting;

/// <summary>Shared steps of the reporting tests: a fresh open cycle (so tests on the shared app do not meet) and valid answers.</summary>
internal static class ReportingClient
{
    public static async Task<(int Id, QuestionnaireDefinition Definition)> OpenCycleAsync(PalermoWebFactory app, string protocol = "TIP")
    {
        var secretariat = await SignIn.Bearer(app, "secretariat@demo.test");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var created = await secretariat.PostAsJsonAsync("/api/v1/cycles", new { protocol, opensOn = today, deadline = today.AddDays(60) });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        (await secretariat.PostAsync($"/api/v1/cycles/{id}/open", null)).EnsureSuccessStatusCode();
        var detail = await secretariat.GetFromJsonAsync<JsonElement>($"/api/v1/cycles/{id}");
        Assert.Equal("open", detail.GetProperty("state").GetString());
        return (id, detail.GetProperty("definition").Deserialize<QuestionnaireDefinition>(QuestionnaireJson.Options)!);
    }

    public static Dictionary<string, JsonElement> ValidAnswers(QuestionnaireDefinition definition, int seed = 7) =>
        DemoReporting.Generate(definition, new Random(seed));

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();
}
