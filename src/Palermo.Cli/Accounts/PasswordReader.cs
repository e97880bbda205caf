using Spectre.Console;

namespace Palermo.Cli.Accounts;

/// <summary>
/// Gets a password from standard input or a hidden prompt, never from an argument:
/// arguments land in shell history and in every user's process list.
/// </summary>
public static class PasswordReader
{
    public static string? Read(CliEnvironment environment, bool fromStandardInput)
    {
        if (fromStandardInput)
        {
            var line = environment.Input.ReadLine();
            return string.IsNullOrEmpty(line) ? Fail(environment, "No password on standard input.") : line;
        }

        if (!environment.IsInteractive)
            return Fail(environment, "No terminal to prompt for the password; pipe it in with --password-stdin.");

        var password = environment.Console.Prompt(new TextPrompt<string>("Password:").Secret());
        var repeated = environment.Console.Prompt(new TextPrompt<string>("Repeat password:").Secret());
        return string.Equals(password, repeated, StringComparison.Ordinal) ? password : Fail(environment, "The passwords differ.");
    }

    private static string? Fail(CliEnvironment environment, string message)
    {
        environment.Console.MarkupLineInterpolated($"[red]{message}[/]");
        return null;
    }
}
