using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Palermo.Localization;

/// <summary>
/// Whoever asks the factory for <see cref="SharedResource"/> — DataAnnotations and model-binding messages, and the
/// services that render mail in the recipient's language — gets the same <see cref="FeatureStrings"/> as an injected
/// <c>IStringLocalizer&lt;SharedResource&gt;</c>; anything else is looked up the framework's usual way.
/// </summary>
public sealed class FeatureStringsFactory(FeatureStrings strings, IOptions<LocalizationOptions> options, ILoggerFactory loggers)
    : IStringLocalizerFactory
{
    private readonly ResourceManagerStringLocalizerFactory others = new(options, loggers);

    public IStringLocalizer Create(Type resourceSource) =>
        resourceSource == typeof(SharedResource) ? strings : others.Create(resourceSource);

    public IStringLocalizer Create(string baseName, string location) => others.Create(baseName, location);
}
