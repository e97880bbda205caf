namespace Palermo.Cli.Tests;

public sealed class AccountCommandTests
{
    private const string Password = "Correct-Horse-42";

    [Fact]
    public async Task Created_account_appears_in_the_list_with_its_role_and_country()
    {
        using var cli = new CliRun();
        await cli.RunAsync("database", "migrate");

        var created = await cli.RunWithInputAsync(Password + "\n", "users", "create", "--email", "focal@example.org", "--role", "FocalPoint",
            "--country", "ita", "--name", "Focal Point", "--password-stdin");
        var listed = await cli.RunAsync("users", "list", "--country", "ITA");

        Assert.Equal(0, created.ExitCode);
        Assert.Equal(0, listed.ExitCode);
        Assert.Contains("focal@example.org", listed.Output, StringComparison.Ordinal);
        Assert.Contains("FocalPoint", listed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, created.Output + listed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_with_an_unknown_country_is_refused_and_creates_nothing()
    {
        using var cli = new CliRun();
        await cli.RunAsync("database", "migrate");

        var result = await cli.RunWithInputAsync(Password + "\n", "users", "create", "--email", "someone@example.org", "--role", "Contributor",
            "--country", "XXX", "--password-stdin");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("unknown-country XXX", result.Output, StringComparison.Ordinal);
        Assert.Equal(0, await cli.ScalarAsync("SELECT COUNT(*) FROM \"AspNetUsers\""));
    }

    [Fact]
    public async Task Create_without_a_password_source_fails_when_not_interactive()
    {
        using var cli = new CliRun();
        await cli.RunAsync("database", "migrate");

        var result = await cli.RunAsync("users", "create", "--email", "someone@example.org", "--role", "SecretariatAnalyst");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(0, await cli.ScalarAsync("SELECT COUNT(*) FROM \"AspNetUsers\""));
    }
}
