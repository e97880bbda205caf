namespace Palermo.Cli.Tests;

public sealed class AuditCommandTests
{
    [Fact]
    public async Task Verify_reports_an_intact_chain_after_activity_and_a_break_after_tampering()
    {
        using var cli = new CliRun();
        await cli.RunAsync("database", "migrate");
        await cli.RunWithInputAsync("Correct-Horse-42\n", "users", "create", "--email", "admin@example.org", "--role", "SecretariatAdmin", "--password-stdin");

        var intact = await cli.RunAsync("audit", "verify");
        Assert.Equal(0, intact.ExitCode);
        Assert.Contains("intact", intact.Output, StringComparison.Ordinal);
        // The trail says the account came from the CLI, and from which operating-system user.
        Assert.True(await cli.ScalarAsync("SELECT COUNT(*) FROM \"AuditEntries\" WHERE \"UserName\" = 'cli:test' AND \"EntityType\" = 'PalermoUser'") > 0);

        await cli.ScalarAsync("UPDATE \"AuditEntries\" SET \"Action\" = 'x' WHERE \"Id\" = 2; SELECT changes()");
        var broken = await cli.RunAsync("audit", "verify");

        Assert.Equal(2, broken.ExitCode);
        Assert.Contains("entry 2", broken.Output, StringComparison.Ordinal);
        Assert.Contains("content-altered", broken.Output, StringComparison.Ordinal);
    }
}
