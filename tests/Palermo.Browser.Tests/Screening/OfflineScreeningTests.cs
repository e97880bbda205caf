using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Palermo.Browser.Tests.Infrastructure;
using Palermo.Data;
using Palermo.Screening;

namespace Palermo.Browser.Tests.Screening;

/// <summary>
/// The field path of paragraph (i): the guide, once opened, keeps working without a connection, and a record the
/// practitioner chose to save offline reaches the server when the connection returns.
/// </summary>
public sealed class OfflineScreeningTests(BrowserSession browser)
{
    private const string QueueLength = "() => JSON.parse(localStorage.getItem('palermo.screening.queue') || '[]').length";

    [Fact]
    public async Task An_assessment_saved_offline_is_queued_and_sent_when_the_connection_returns()
    {
        await using var context = await browser.SignedInContextAsync(DemoUsers.PractitionerItaly, "en-GB");
        var page = await context.NewPageAsync();
        await page.GotoAsync("/screening/labour?culture=en&profile=adult");
        await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null");

        await context.SetOfflineAsync(true);
        Assert.False(await page.EvaluateAsync<bool>("() => navigator.onLine"));
        // A reload without a connection still gets the guide, from the service worker's cache.
        await page.ReloadAsync();
        var form = page.Locator("form[data-screening-form]");
        await Assertions.Expect(form).ToBeVisibleAsync();

        foreach (var id in new[] { "DR01", "DR02", "EX01", "EX02", "CD01", "CD02" })
            await form.Locator($"input[name=indicators][value={id}]").CheckAsync();
        await form.Locator("input[name=save]").CheckAsync();
        await form.Locator("#sector").SelectOptionAsync("O");
        await form.Locator("#ageGroup").SelectOptionAsync("50+");
        await form.Locator("button[type=submit]").ClickAsync();

        var result = page.Locator("[data-offline-result]");
        await Assertions.Expect(result).ToBeVisibleAsync();
        await Assertions.Expect(result).ToContainTextAsync(await result.GetAttributeAsync("data-queued") ?? throw new InvalidOperationException("no queued text"));
        Assert.Equal(1, await page.EvaluateAsync<int>(QueueLength));
        Assert.Empty(await RecordsAsync());

        await context.SetOfflineAsync(false);
        await page.WaitForFunctionAsync(QueueLength + " === 0");

        var record = Assert.Single(await RecordsAsync());
        Assert.Equal(("trafficking-indicated", "unknown"), (record.Outcome, record.Sex));
        Assert.Equal(["DR01", "DR02", "EX01", "EX02", "CD01", "CD02"], record.IndicatorIds());
    }

    /// <summary>Italy, sector O (public administration), aged 50 or more: only this test saves that combination.</summary>
    private async Task<List<LabourAssessmentRecord>> RecordsAsync()
    {
        using var scope = browser.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PalermoDbContext>();
        return await db.LabourAssessmentRecords.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.CountryIso3 == "ITA" && r.Sector == "O" && r.AgeGroup == "50+")
            .ToListAsync();
    }
}
