namespace Palermo.Cli.Tests;

public sealed class KnowledgeCommandTests
{
    [Fact]
    public async Task Reindex_rebuilds_the_index_from_every_practice_and_case()
    {
        using var cli = new CliRun();
        var migrated = await cli.RunAsync("database", "migrate", "--config", "Palermo:Demo:Enabled=true");
        Assert.Equal(0, migrated.ExitCode);
        var records = await cli.ScalarAsync("SELECT (SELECT COUNT(*) FROM \"Practices\") + (SELECT COUNT(*) FROM \"CaseLaw\")");
        Assert.True(records > 0);
        var index = Path.Combine(cli.DataDirectory, "index");
        if (Directory.Exists(index)) Directory.Delete(index, recursive: true);

        var reindexed = await cli.RunAsync("search", "reindex");

        Assert.Equal(0, reindexed.ExitCode);
        Assert.Contains($"{records} records indexed", reindexed.Output, StringComparison.Ordinal);
        Assert.NotEmpty(Directory.GetFiles(index, "*", SearchOption.AllDirectories));
    }
}
