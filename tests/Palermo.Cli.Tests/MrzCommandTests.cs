using System.Text.Json;

namespace Palermo.Cli.Tests;

public sealed class MrzCommandTests
{
    // The ICAO Doc 9303 TD3 specimen (Utopia, Anna Maria Eriksson).
    private const string Line1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    private const string Line2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

    [Fact]
    public async Task Specimen_from_arguments_prints_the_result_as_json()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("mrz", Line1, Line2);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("TD3", json.RootElement.GetProperty("format").GetString());
        Assert.Equal("ERIKSSON", json.RootElement.GetProperty("fields").GetProperty("surname").GetString());
    }

    [Fact]
    public async Task Specimen_from_standard_input_is_read_when_no_lines_are_given()
    {
        using var cli = new CliRun();

        var result = await cli.RunWithInputAsync(Line1 + "\n" + Line2 + "\n", "mrz");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("TD3", json.RootElement.GetProperty("format").GetString());
    }

    [Fact]
    public async Task Garbage_exits_3_with_a_json_problem_on_standard_error()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("mrz", "hello world");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("", result.Output);
        using var problem = JsonDocument.Parse(result.Error);
        Assert.StartsWith("mrz-", problem.RootElement.GetProperty("code").GetString(), StringComparison.Ordinal);
    }
}
