using Microsoft.Extensions.DependencyInjection;
using Palermo.Access;
using Palermo.Audit;
using Palermo.Cli.Hosting;
using Spectre.Console;

namespace Palermo.Cli.Audit;

/// <summary><c>palermo audit verify</c>: recomputes the hash chain; exit code 2 means the trail was altered.</summary>
public sealed class VerifyAuditCommand(CliEnvironment environment) : DatabaseCommand<PalermoSettings>(environment)
{
    protected override async Task<int> RunAsync(IServiceProvider services, PalermoSettings settings, CancellationToken cancellationToken)
    {
        var trail = services.GetRequiredService<AuditTrailQuery>();
        var total = (await trail.CountAsync(Actor.System, cancellationToken)).Value;
        Outcome<AuditVerification>? outcome = null;
        await Environment.Console.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask("Verifying the audit chain", maxValue: Math.Max(1, total));
            // The same streamed routine the web's verification uses; it reports after each batch it has checked.
            outcome = await trail.VerifyAsync(Actor.System, checkedSoFar => task.Value = checkedSoFar, cancellationToken);
            task.Value = task.MaxValue;
        });

        var verification = outcome!.Value!;
        Environment.Console.MarkupLineInterpolated($"{verification.EntriesChecked} entries checked.");
        if (verification.FirstBreak is { } broken)
        {
            Environment.Console.MarkupLineInterpolated($"[red]Broken[/] at entry {broken.EntryId}: {broken.Reason}");
            return ExitCodes.AuditChainBroken;
        }

        Environment.Console.MarkupLine("[green]intact[/]");
        return ExitCodes.Success;
    }
}
