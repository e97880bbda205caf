using Palermo.Access;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Accounts;
using Palermo.Cli.Hosting;
using Spectre.Console;

namespace Palermo.Cli.Accounts;

/// <summary><c>palermo users invite</c>: the invitee sets their own password from the mailed link.</summary>
public sealed class InviteUserCommand(CliEnvironment environment) : DatabaseCommand<PlacementSettings>(environment)
{
    /// <summary>The CLI acts for the secretariat; "cli" marks such invitations in the database.</summary>
    private static readonly Actor Secretariat = Actor.Of("cli", [PalermoRoles.SecretariatAdmin]);

    protected override async Task<int> RunAsync(IServiceProvider services, PlacementSettings settings, CancellationToken cancellationToken)
    {
        var request = new InvitationRequest(settings.Email, settings.Role, settings.Country, settings.Agency, settings.Language);
        var result = await Environment.Console.Status().StartAsync("Sending the invitation…",
            _ => services.GetRequiredService<InvitationService>().InviteAsync(Secretariat, request, cancellationToken));
        if (!result.Succeeded) return AccountProblemsOutput.Refused(Environment.Console, result.Problem);

        var invitation = result.Value;
        Environment.Console.MarkupLineInterpolated(
            $"[green]Invited[/] {invitation.Email} as {invitation.Role}; the invitation expires {invitation.ExpiresAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC.");
        return ExitCodes.Success;
    }
}
