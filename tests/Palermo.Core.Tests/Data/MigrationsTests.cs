using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Data;
using Palermo.Testing;

namespace Palermo.Tests.Data;

public class MigrationsTests
{
    [Theory, AllDatabases]
    public async Task The_model_has_no_changes_without_a_migration(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PalermoDbContext>();

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changed since the last {engine} migration: add one with `dotnet ef migrations add <Name> --project src/Palermo.Migrations.{engine}`.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
    }
}
