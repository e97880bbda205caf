using Microsoft.Extensions.DependencyInjection;

namespace Palermo.Reporting;

/// <summary>The reporting feature's services: questionnaires, cycles, submissions and their use cases, queries, exports and reminders.</summary>
public static class ReportingServices
{
    public static IServiceCollection AddReporting(this IServiceCollection services)
    {
        services.AddScoped<QuestionnaireLoader>();
        services.AddScoped<CycleService>();
        services.AddScoped<SubmissionService>();
        services.AddScoped<SubmissionWorkflow>();
        services.AddScoped<CycleQueries>();
        services.AddScoped<CycleExports>();
        services.AddScoped<QuestionnaireLibrary>();
        services.AddScoped<CycleManagement>();
        services.AddScoped<ReminderService>();
        return services;
    }
}
