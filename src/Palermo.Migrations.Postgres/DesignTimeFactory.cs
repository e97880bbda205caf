using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Palermo.Audit;
using Palermo.Data;

namespace Palermo.Migrations.Postgres;

/// <summary>Design-time startup for `dotnet ef migrations add … --project src/Palermo.Migrations.Postgres` (no server needed).</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PalermoDbContext>
{
    public PalermoDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PalermoDbContext>();
        PalermoDatabase.Configure(options, DatabaseOptions.Postgres, "Host=localhost;Database=palermo_design");
        return new PalermoDbContext(options.Options, SystemDataScope.Instance, new SystemAuditActor());
    }
}
