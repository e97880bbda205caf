using Microsoft.Extensions.DependencyInjection;
using Palermo.Hosting;
using Palermo.Knowledge;

namespace Palermo.Search.Knowledge;

public static class KnowledgeSearchServices
{
    /// <summary>
    /// The knowledge index: PostgreSQL full-text when the database is PostgreSQL (shared by every web node), else Lucene
    /// under <c>{DataDirectory}/index</c>.
    /// </summary>
    public static IServiceCollection AddPalermoSearch(this IServiceCollection services)
    {
        services.AddSingleton<IKnowledgeIndex>(provider =>
        {
            var connection = provider.GetRequiredService<DatabaseConnection>();
            return connection.IsPostgres
                ? new PostgresKnowledgeIndex(connection.ConnectionString)
                : new LuceneKnowledgeIndex(Path.Combine(provider.GetRequiredService<DataDirectory>().Path, "index"));
        });
        services.AddSingleton<KnowledgeSearch>();
        services.AddScoped<KnowledgeDocumentFactory>();
        services.AddScoped<KnowledgeIndexer>();
        services.AddScoped<IKnowledgeChangeListener>(provider => provider.GetRequiredService<KnowledgeIndexer>());
        return services;
    }
}
