using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Palermo.Audit;
using Palermo.Data;

namespace Palermo.Migrations.Sqlite;

/// <summary>Design-time startup for `dotnet ef migrations add … --project src/Palermo.Migrations.Sqlite`.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PalermoDbContext>
{
    public PalermoDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PalermoDbContext>();
        PalermoDatabase.Configure(options, DatabaseOptions.Sqlite, "Data Source=design-time.db");
        return new PalermoDbContext(options.Options, SystemDataScope.Instance, new SystemAuditActor());
    }
}
