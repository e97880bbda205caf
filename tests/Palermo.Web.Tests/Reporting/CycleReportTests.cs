using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;
using Palermo.Testing;
using Palermo.Web.Tests.Infrastructure;

namespace Palermo.Web.Tests.Reporting;

/// <summary>The analytical report of a cycle: a printable page in the chosen language and the same content as XLSX.</summary>
public class CycleReportTests(WebApps apps)
{
    [Theory, AllDatabases]
    public async Task The_report_page_is_localized_in_arabic_right_to_left_and_in_chinese_with_charts_and_the_comparison(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var (_, current) = await AnalysisComparisonTests.TwoAnsweredCyclesAsync(app, 600);
        var focal = await SignIn.Cookie(app, "focal.jor@demo.test"); // aggregates only: any signed-in user

        var arabic = await focal.GetAsync($"/reporting/cycles/{current}/report?culture=ar");
        Assert.Equal(HttpStatusCode.OK, arabic.StatusCode);
        var ar = WebUtility.HtmlDecode(await arabic.Content.ReadAsStringAsync());
        Assert.Contains("dir=\"rtl\"", ar, StringComparison.Ordinal);
        Assert.Contains("التقرير التحليلي", ar, StringComparison.Ordinal);
        Assert.Contains("المؤشرات الرئيسية", ar, StringComparison.Ordinal);
        Assert.Contains("الاحتياجات من المساعدة التقنية حسب المجال", ar, StringComparison.Ordinal);
        Assert.Contains("الإجابات سؤالًا بسؤال", ar, StringComparison.Ordinal);
        Assert.Contains("التغير منذ TIP", ar, StringComparison.Ordinal);
        Assert.Contains("<svg", ar, StringComparison.Ordinal);
        Assert.Contains("توزيع الإجابات: ", ar, StringComparison.Ordinal);
        Assert.Contains("/css/report.css", ar, StringComparison.Ordinal);
        Assert.Contains($"/api/v1/cycles/{current}/report.xlsx?language=ar", ar, StringComparison.Ordinal);

        var zh = WebUtility.HtmlDecode(await focal.GetStringAsync($"/reporting/cycles/{current}/report?culture=zh&region=002"));
        Assert.Contains("dir=\"ltr\"", zh, StringComparison.Ordinal);
        Assert.Contains("分析报告", zh, StringComparison.Ordinal);
        Assert.Contains("逐题答复", zh, StringComparison.Ordinal);
        Assert.Contains("按领域分列的技术援助需求", zh, StringComparison.Ordinal);
        Assert.Contains("value=\"002\" selected", zh, StringComparison.Ordinal);

        var css = await app.Anonymous().GetStringAsync("/css/report.css");
        Assert.Contains("@media print", css, StringComparison.Ordinal);
        Assert.DoesNotContain("margin-left", css, StringComparison.Ordinal);
    }

    [Theory, AllDatabases]
    public async Task The_report_xlsx_has_its_sheets_in_the_chosen_language_and_refuses_an_unknown_region_or_language(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var (earlier, current) = await AnalysisComparisonTests.TwoAnsweredCyclesAsync(app, 650);
        var api = await SignIn.Bearer(app, "focal.jor@demo.test");
        var analysis = await api.GetFromJsonAsync<JsonElement>($"/api/v1/cycles/{current}/analysis?language=zh");

        var response = await api.GetAsync($"/api/v1/cycles/{current}/report.xlsx?language=zh");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var xlsx = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["summary", "regions", "headlines", "assistance", "questions"], MiniExcel.GetSheetNames(xlsx));
        var questions = xlsx.Query(useHeaderRow: true, sheetName: "questions").Cast<IDictionary<string, object?>>().ToList();
        var expectedRows = analysis.GetProperty("questions").EnumerateArray().Sum(q => Math.Max(1, q.GetProperty("distribution").GetArrayLength()));
        Assert.Equal(expectedRows, questions.Count);
        Assert.Contains("问题代码", questions[0].Keys);
        var offence = questions.First(r => (string?)r["问题代码"] == "tip.criminalization.offence" && (string?)r["答复代码"] == "yes");
        var yes = analysis.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("question").GetString() == "tip.criminalization.offence")
            .GetProperty("distribution").EnumerateArray().Single(d => d.GetProperty("value").GetString() == "yes");
        Assert.Equal(yes.GetProperty("count").GetInt32(), Convert.ToInt32(offence["国家数"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(offence.Keys, k => k.Contains($"(#{earlier})", StringComparison.Ordinal) && k.EndsWith("变化（百分点）", StringComparison.Ordinal));
        var headlines = xlsx.Query(useHeaderRow: true, sheetName: "headlines").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(analysis.GetProperty("headlines").GetArrayLength(), headlines.Count);
        Assert.Equal(analysis.GetProperty("technicalAssistance").GetArrayLength(),
            xlsx.Query(useHeaderRow: true, sheetName: "assistance").Count());

        var region = await api.GetAsync($"/api/v1/cycles/{current}/report.xlsx?region=999&culture=fr");
        Assert.Equal(HttpStatusCode.BadRequest, region.StatusCode);
        var problem = await region.JsonAsync();
        Assert.Equal("unknown-region", problem.GetProperty("code").GetString());
        Assert.StartsWith("Région inconnue", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        var language = await api.GetAsync($"/api/v1/cycles/{current}/report.xlsx?language=de");
        Assert.Equal("unknown-language", (await language.JsonAsync()).GetProperty("code").GetString());
    }
}
