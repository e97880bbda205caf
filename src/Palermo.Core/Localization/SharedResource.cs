using Microsoft.Extensions.Localization;

[assembly: RootNamespace("Palermo")]

namespace Palermo;

/// <summary>
/// Marker for the one resource set every host shares (Resources/SharedResource.*.resx, six languages).
/// Core owns it so that services, the web host and the CLI speak the same words.
/// </summary>
public sealed class SharedResource;
