using Microsoft.Extensions.DependencyInjection;

namespace Palermo.Screening;

/// <summary>The screening guide's services: the labour-indicator catalogue, referral contacts and anonymous records.</summary>
public static class ScreeningServices
{
    public static IServiceCollection AddScreening(this IServiceCollection services)
    {
        // The shipped catalogue file, checked at start; the edition in force lives in the database (LabourCatalogueStore).
        services.AddSingleton(_ => LabourScreeningCatalogue.FromReferenceData());
        services.AddSingleton<LabourCatalogueCache>();
        services.AddScoped<LabourCatalogueStore>();
        services.AddScoped<ReferralContactService>();
        services.AddScoped<LabourAssessmentRecorder>();
        services.AddScoped<LabourAssessmentStatistics>();
        return services;
    }
}
