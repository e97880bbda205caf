using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Cli.Hosting;
using Palermo.Data;
using Palermo.Search.Knowledge;
using Spectre.Console;

namespace Palermo.Cli.Knowledge;

/// <summary><c>palermo search reindex</c>: rebuilds the knowledge index from the database, with progress.</summary>
public sealed class ReindexCommand(CliEnvironment environment) : DatabaseCommand<PalermoSettings>(environment)
{
    protected override async Task<int> RunAsync(IServiceProvider services, PalermoSettings settings, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PalermoDbContext>();
        var total = await db.Practices.CountAsync(cancellationToken) + await db.CaseLaw.CountAsync(cancellationToken);
        var indexer = services.GetRequiredService<KnowledgeIndexer>();
        var indexed = 0;
        await Environment.Console.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask("Rebuilding the search index", maxValue: Math.Max(1, total));
            indexed = await indexer.RebuildAsync(new Progress<int>(done => task.Value = done), cancellationToken);
            task.Value = task.MaxValue;
        });
        Environment.Console.MarkupLineInterpolated($"{indexed} records indexed.");
        return ExitCodes.Success;
    }
}
