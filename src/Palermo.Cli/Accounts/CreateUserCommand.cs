using Microsoft.Extensions.DependencyInjection;
using Palermo.Accounts;
using Palermo.Cli.Hosting;
using Spectre.Console;

namespace Palermo.Cli.Accounts;

/// <summary><c>palermo users create</c>: an account with a password, e.g. the first secretariat administrator.</summary>
public sealed class CreateUserCommand(CliEnvironment environment) : DatabaseCommand<CreateUserSettings>(environment)
{
    protected override async Task<int> RunAsync(IServiceProvider services, CreateUserSettings settings, CancellationToken cancellationToken)
    {
        // Read before touching the database, so a missing password changes nothing.
        var password = PasswordReader.Read(Environment, settings.PasswordFromStandardInput);
        if (password is null) return ExitCodes.Error;

        var account = new NewAccount(settings.Email.Trim(), settings.Role, settings.Country, settings.Agency, settings.Name ?? "",
            password, settings.Language);
        var result = await services.GetRequiredService<AccountAdministration>().CreateAsync(account);
        if (!result.Succeeded) return AccountProblemsOutput.Refused(Environment.Console, result.Problem);

        Environment.Console.MarkupLineInterpolated($"[green]Created[/] {result.Value.Email} as {settings.Role}.");
        return ExitCodes.Success;
    }
}
