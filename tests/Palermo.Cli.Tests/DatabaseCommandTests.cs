namespace Palermo.Cli.Tests;

public sealed class DatabaseCommandTests
{
    [Fact]
    public async Task Migrate_creates_the_database_with_reference_data_and_roles()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("database", "migrate");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(cli.DatabaseFile));
        Assert.True(await cli.ScalarAsync("SELECT COUNT(*) FROM \"Countries\"") > 190);
        Assert.Equal(7, await cli.ScalarAsync("SELECT COUNT(*) FROM \"AspNetRoles\""));
    }
}
