namespace Palermo.Cli.Tests;

public sealed class TreatyStatusCommandTests
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "data", "treaty-status", "samples", "untc-tip-sample.tsv");

    private const string CountParticipations = "SELECT COUNT(*) FROM \"TreatyParticipations\" WHERE \"Protocol\" = 1";

    [Fact]
    public async Task Import_of_the_sample_table_applies_it()
    {
        using var cli = new CliRun();
        await cli.RunAsync("database", "migrate");

        var result = await cli.RunAsync("treaty-status", "import", "--protocol", "TIP", "--as-of", "2026-01-31", Sample);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("9 rows", result.Output, StringComparison.Ordinal);
        Assert.Equal(9, await cli.ScalarAsync(CountParticipations));
    }

    [Fact]
    public async Task Import_of_a_bad_table_reports_the_line_and_changes_nothing()
    {
        using var cli = new CliRun();
        await cli.RunAsync("database", "migrate");
        var before = await cli.ScalarAsync(CountParticipations);
        var bad = Path.Combine(cli.DataDirectory, "bad.tsv");
        await File.WriteAllLinesAsync(bad,
            [File.ReadLines(Sample).First(), "Albania\t12 Dec 2000\t21 Aug 2002", "Atlantis\t12 Dec 2000\t21 Aug 2002"],
            TestContext.Current.CancellationToken);

        var result = await cli.RunAsync("treaty-status", "import", "--protocol", "tip", "--as-of", "2026-01-31", bad);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("line 3: ", result.Output, StringComparison.Ordinal);
        Assert.Contains("Atlantis", result.Output, StringComparison.Ordinal);
        Assert.Equal(before, await cli.ScalarAsync(CountParticipations));
    }
}
