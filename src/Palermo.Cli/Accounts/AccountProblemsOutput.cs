using Spectre.Console;

namespace Palermo.Cli.Accounts;

/// <summary>Prints why an account operation was refused: the stable codes scripts and the secretariat look up.</summary>
public static class AccountProblemsOutput
{
    public static int Refused(IAnsiConsole console, Problem problem)
    {
        console.MarkupLine("[red]Refused:[/]");
        foreach (var error in problem.FieldErrors)
            console.MarkupLineInterpolated($"  {error.Field}: {error.Code} {error.Value ?? ""}");
        // A refusal without refused fields (not allowed, not found) still names its code.
        if (problem.FieldErrors.Count == 0) console.MarkupLineInterpolated($"  {problem.Code.Code} {problem.Detail ?? ""}");
        return ExitCodes.Error;
    }
}
