using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;
using Palermo.Reporting;
using Palermo.Testing;
using Palermo.Web.Reporting;
using Palermo.Web.Tests.Infrastructure;

namespace Palermo.Web.Tests.Reporting;

public class XlsFormTests(WebApps apps)
{
    public static TheoryData<string> Codes => new("tip", "som");

    [Theory, MemberData(nameof(Codes))]
    public void A_shipped_questionnaire_survives_the_round_trip_through_XLSForm(string code)
    {
        var original = QuestionnaireLoader.Shipped().Single(q => q.Code == code);
        var bytes = XlsForm.Write(original, (language, answer) => $"{answer} ({language})");

        var (read, problems) = XlsForm.Read(new MemoryStream(bytes));

        Assert.Empty(problems);
        Assert.Equal(Canonical(QuestionnaireJson.Write(original)), Canonical(QuestionnaireJson.Write(read!)));
    }

    /// <summary>The JSON with object keys sorted, so language order does not matter.</summary>
    private static string Canonical(string json)
    {
        static System.Text.Json.Nodes.JsonNode? Sort(System.Text.Json.Nodes.JsonNode? node) => node switch
        {
            System.Text.Json.Nodes.JsonObject o => new System.Text.Json.Nodes.JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => KeyValuePair.Create(p.Key, Sort(p.Value?.DeepClone())))),
            System.Text.Json.Nodes.JsonArray a => new System.Text.Json.Nodes.JsonArray(a.Select(x => Sort(x?.DeepClone())).ToArray()),
            _ => node?.DeepClone(),
        };
        return Sort(System.Text.Json.Nodes.JsonNode.Parse(json))!.ToJsonString();
    }

    [Theory, AllDatabases]
    public async Task The_secretariat_exports_and_imports_XLSForm_and_a_bad_sheet_names_row_and_column_and_changes_nothing(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var secretariat = await SignIn.Bearer(app, "secretariat@demo.test");
        var list = await secretariat.GetFromJsonAsync<JsonElement>("/api/v1/questionnaires");
        var tip = list.EnumerateArray().First(q => q.GetProperty("code").GetString() == "tip");
        var exported = await secretariat.GetAsync($"/api/v1/questionnaires/{tip.GetProperty("id").GetInt32()}/xlsform");
        Assert.Equal(HttpStatusCode.OK, exported.StatusCode);
        var (definition, _) = XlsForm.Read(new MemoryStream(await exported.Content.ReadAsByteArrayAsync()));

        var version = Random.Shared.Next(100, 100_000);
        var imported = await PostAsync(secretariat, XlsForm.Write(definition! with { Version = version }, (_, a) => a));
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        Assert.Empty((await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("incompleteLanguages").EnumerateArray());
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(secretariat, XlsForm.Write(definition with { Version = version }, (_, a) => a))).StatusCode);

        using var broken = new MemoryStream();
        broken.SaveAs(new Dictionary<string, object>
        {
            ["survey"] = new List<Dictionary<string, object>>
            {
                new() { ["type"] = "begin_group", ["name"] = "s", ["relevant"] = "" },
                new() { ["type"] = "geopoint", ["name"] = "where", ["relevant"] = "" },
                new() { ["type"] = "text", ["name"] = "why", ["relevant"] = "${nowhere} = 'yes'" },
                new() { ["type"] = "end_group", ["name"] = "", ["relevant"] = "" },
            },
            ["choices"] = new List<Dictionary<string, object>> { new() { ["list_name"] = "", ["name"] = "" } },
            ["settings"] = new List<Dictionary<string, object>> { new() { ["form_id"] = "bad", ["version"] = "1", ["palermo_protocol"] = "TIP" } },
        });
        var before = (await secretariat.GetFromJsonAsync<JsonElement>("/api/v1/questionnaires")).GetArrayLength();
        var refused = await PostAsync(secretariat, broken.ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("row").GetInt32() == 3 && e.GetProperty("column").GetString() == "type" && e.GetProperty("value").GetString() == "geopoint");
        Assert.Contains(errors, e => e.GetProperty("row").GetInt32() == 4 && e.GetProperty("column").GetString() == "relevant");
        Assert.Equal(before, (await secretariat.GetFromJsonAsync<JsonElement>("/api/v1/questionnaires")).GetArrayLength());

        var focal = await SignIn.Bearer(app, "focal.egy@demo.test");
        Assert.Equal(HttpStatusCode.Forbidden, (await focal.GetAsync("/api/v1/questionnaires")).StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] xlsx)
    {
        var content = new ByteArrayContent(xlsx);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return await client.PostAsync("/api/v1/questionnaires/xlsform", content);
    }
}
