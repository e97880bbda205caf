using System.Globalization;
using Palermo.Data;

namespace Palermo.Reporting;

/// <summary>Every export of a cycle's figures leaves a line in the audit trail (what and in which format, never the content).</summary>
public sealed class CycleExports(PalermoDbContext db)
{
    public async Task RecordAsync(Cycle cycle, string format, CancellationToken cancellationToken = default)
    {
        db.Record("reporting.exported", nameof(Cycle), cycle.Id.ToString(CultureInfo.InvariantCulture), details: new { format });
        await db.SaveChangesAsync(cancellationToken);
    }
}
