using Microsoft.Extensions.DependencyInjection;

namespace Palermo.Knowledge;

/// <summary>The knowledge repository's services: practices, case law and their attachments.</summary>
public static class KnowledgeServices
{
    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        services.AddScoped<KnowledgeService>();
        services.AddScoped<KnowledgeAttachments>();
        services.AddScoped<KnowledgeFeedQuery>();
        services.AddScoped<KnowledgeReviewQueue>();
        return services;
    }
}
