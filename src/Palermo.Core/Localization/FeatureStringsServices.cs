using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

namespace Palermo.Localization;

public static class FeatureStringsServices
{
    /// <summary>
    /// Localization with the per-feature files behind <c>IStringLocalizer&lt;SharedResource&gt;</c>. The factory is
    /// replaced, not added, because <c>AddLocalization</c> (called again by MVC) only adds its own when none is there.
    /// </summary>
    public static IServiceCollection AddFeatureStrings(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddSingleton<FeatureStrings>();
        services.AddSingleton<IStringLocalizer<SharedResource>>(provider => provider.GetRequiredService<FeatureStrings>());
        services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory, FeatureStringsFactory>());
        return services;
    }
}
