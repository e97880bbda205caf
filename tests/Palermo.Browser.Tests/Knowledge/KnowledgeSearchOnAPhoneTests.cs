using Microsoft.Playwright;
using Palermo.Browser.Tests.Infrastructure;

namespace Palermo.Browser.Tests.Knowledge;

/// <summary>The knowledge repository's one search box as a reader uses it in Arabic on a phone-sized screen, and on a desk.</summary>
public sealed class KnowledgeSearchOnAPhoneTests(BrowserSession browser)
{
    [Fact]
    public async Task On_a_phone_the_results_come_first_and_the_folded_facets_still_narrow_them()
    {
        await using var context = await browser.NewContextAsync("ar");
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);

        await page.GotoAsync("/knowledge?culture=ar");
        await page.Locator("form[role=search] input[name=q]").FillAsync("الاتجار بالأشخاص");
        await page.Locator("form[role=search] button[type=submit]").ClickAsync();

        var hits = page.Locator("section.results ol > li");
        await Assertions.Expect(hits.First).ToHaveAttributeAsync("lang", "ar");
        var facets = page.Locator("details[data-fold-when-narrow]");
        Assert.False(await facets.EvaluateAsync<bool>("d => d.open"));
        // The first hit's title is on the first screen, not below a column of facets.
        var first = await hits.First.Locator("a").First.BoundingBoxAsync();
        Assert.True(first!.Y + first.Height < 844, $"the first hit's title ends at {first.Y + first.Height} px");

        await facets.Locator("summary").ClickAsync();
        await facets.Locator("a[href*='language=en']").ClickAsync();
        await Assertions.Expect(hits.First).ToHaveAttributeAsync("lang", "en");
        Assert.All(await hits.EvaluateAllAsync<string[]>("items => items.map(i => i.getAttribute('lang'))"), lang => Assert.Equal("en", lang));
    }

    [Fact]
    public async Task On_a_desk_the_facets_stand_open_beside_the_results()
    {
        await using var context = await browser.NewContextAsync("ar");
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 900);

        await page.GotoAsync("/knowledge?culture=ar&q=" + Uri.EscapeDataString("الاتجار بالأشخاص"));

        var facets = page.Locator("details[data-fold-when-narrow]");
        Assert.True(await facets.EvaluateAsync<bool>("d => d.open"));
        await Assertions.Expect(facets.Locator("summary")).ToBeHiddenAsync();
        var panel = await page.Locator("aside.facets").BoundingBoxAsync();
        var results = await page.Locator("section.results").BoundingBoxAsync();
        // Side by side, and mirrored for Arabic: the facets on the right.
        Assert.True(panel!.X > results!.X + results.Width - 1, $"facets at {panel.X}, results end at {results.X + results.Width}");
    }
}
