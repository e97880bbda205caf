using Palermo.Accounts;
using Spectre.Console;

namespace Palermo.Cli.Accounts;

/// <summary>Prints why an account operation was refused: the stable codes scripts and the secretariat look up.</summary>
public static class AccountProblemsOutput
{
    public static int Refused(IAnsiConsole console, IReadOnlyList<FieldError> problems)
    {
        console.MarkupLine("[red]Refused:[/]");
        foreach (var problem in problems)
            console.MarkupLineInterpolated($"  {problem.Field}: {problem.Code} {problem.Value ?? ""}");
        return ExitCodes.Error;
    }
}
