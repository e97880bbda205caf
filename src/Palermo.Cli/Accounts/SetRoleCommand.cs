using Microsoft.Extensions.DependencyInjection;
using Palermo.Accounts;
using Palermo.Cli.Hosting;
using Spectre.Console;

namespace Palermo.Cli.Accounts;

/// <summary><c>palermo users set-role</c>: replaces the account's role and signs it out everywhere.</summary>
public sealed class SetRoleCommand(CliEnvironment environment) : DatabaseCommand<SetRoleSettings>(environment)
{
    protected override async Task<int> RunAsync(IServiceProvider services, SetRoleSettings settings, CancellationToken cancellationToken)
    {
        var result = await services.GetRequiredService<AccountAdministration>().SetRoleAsync(settings.Email.Trim(), settings.Role);
        if (!result.Succeeded) return AccountProblemsOutput.Refused(Environment.Console, result.Problem);
        Environment.Console.MarkupLineInterpolated($"[green]{result.Value.Email}[/] is now {settings.Role}.");
        return ExitCodes.Success;
    }
}
