using System.Text.RegularExpressions;
using Palermo.Screening;
using Palermo.Testing;
using Palermo.Web.Tests.Infrastructure;

namespace Palermo.Web.Tests.Screening;

public class ScreeningPagesTests(WebApps apps)
{
    [Fact]
    public async Task The_guide_in_arabic_is_right_to_left_with_the_arabic_questions()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var html = await app.Anonymous().GetStringAsync("/screening/labour?culture=ar", TestContext.Current.CancellationToken);

        Assert.Matches(new Regex("<html lang=\"ar\" dir=\"rtl\""), html);
        var question = LabourScreeningCatalogue.FromReferenceData().Translations.Indicators["DR01"].Question!.Ar;
        Assert.Contains(question, html, StringComparison.Ordinal);
        Assert.Contains("<details>", html, StringComparison.Ordinal);
        Assert.Contains("/js/screening.js", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_child_guide_asks_the_act_question_and_leaves_out_adult_only_indicators()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var html = await app.Anonymous().GetStringAsync("/screening/labour?profile=child", TestContext.Current.CancellationToken);

        Assert.Contains("name=\"actPresent\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"RV07\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"RV06\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_post_of_the_guide_returns_the_outcome_with_caveat_and_referrals()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var client = app.Anonymous();
        var form = await client.GetStringAsync("/screening/labour", TestContext.Current.CancellationToken);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("profile", "adult"),
            // A country without referral contacts: the result says so rather than showing nothing.
            new("country", "CAN"),
            new("__RequestVerificationToken", SignIn.AntiforgeryToken(form)),
        };
        fields.AddRange(ScreeningTestData.TraffickingIndicators.Select(id => new KeyValuePair<string, string>("indicators", id)));

        var response = await client.PostAsync("/screening/labour", new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        response.EnsureSuccessStatusCode();
        Assert.Contains("data-outcome=\"trafficking-indicated\"", html, StringComparison.Ordinal);
        Assert.Contains("not a legal determination", html, StringComparison.Ordinal);
        Assert.Contains("class=\"referrals-empty\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Referral_contacts_of_the_country_are_shown_in_the_page_language()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var client = app.Anonymous();
        var page = await client.GetStringAsync("/screening/labour?culture=ar", TestContext.Current.CancellationToken);
        var response = await client.PostAsync("/screening/labour?culture=ar", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["profile"] = "adult", ["country"] = "EGY", ["indicators"] = "EX01",
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(page),
        }), TestContext.Current.CancellationToken);
        var result = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        // Egypt's demo contacts, in Arabic, with their (fictitious) numbers.
        Assert.Contains("تجريبي – الخط الساخن لمكافحة الاتجار بالأشخاص (رقم وهمي)", result, StringComparison.Ordinal);
        Assert.Contains("الآلية الوطنية للإحالة", result, StringComparison.Ordinal);
        Assert.Matches(new Regex("href=\"tel:(\\+|&#x2B;)000555"), result);
        Assert.Contains("data-referral-kind=\"labour-inspectorate\"", result, StringComparison.Ordinal);
    }
}
