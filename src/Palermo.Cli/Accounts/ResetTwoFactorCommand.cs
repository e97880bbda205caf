using Microsoft.Extensions.DependencyInjection;
using Palermo.Accounts;
using Palermo.Cli.Hosting;
using Spectre.Console;

namespace Palermo.Cli.Accounts;

/// <summary><c>palermo users reset-two-factor</c>: for a user who lost their authenticator; they enrol again at next sign-in.</summary>
public sealed class ResetTwoFactorCommand(CliEnvironment environment) : DatabaseCommand<AccountSettings>(environment)
{
    protected override async Task<int> RunAsync(IServiceProvider services, AccountSettings settings, CancellationToken cancellationToken)
    {
        var result = await services.GetRequiredService<AccountAdministration>().ResetTwoFactorAsync(settings.Email.Trim());
        if (!result.Succeeded) return AccountProblemsOutput.Refused(Environment.Console, result.Problem);
        Environment.Console.MarkupLineInterpolated($"[green]Two-factor sign-in reset[/] for {result.Value.Email}.");
        return ExitCodes.Success;
    }
}
