using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Data;
using Palermo.Screening;
using Palermo.Web.Tests.Infrastructure;

namespace Palermo.Web.Tests.Screening;

internal static class ScreeningTestData
{
    /// <summary>Adult: deceptive recruitment (1 strong + 1 medium), exploitative conditions (1 strong + 1 medium), coercion (2 strong).</summary>
    public static readonly string[] TraffickingIndicators = ["DR01", "DR02", "EX01", "EX02", "CD01", "CD02"];

    /// <summary>Records of every country, bypassing the request scope's query filter.</summary>
    public static async Task<List<LabourAssessmentRecord>> RecordsAsync(PalermoWebFactory app, Func<LabourAssessmentRecord, bool> where)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PalermoDbContext>();
        var all = await db.LabourAssessmentRecords.IgnoreQueryFilters().AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
        return [.. all.Where(where)];
    }
}
