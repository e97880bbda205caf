using Microsoft.Extensions.Localization;

[assembly: RootNamespace("Palermo")]

namespace Palermo;

/// <summary>
/// The name every host asks for words by: <c>IStringLocalizer&lt;SharedResource&gt;</c> answers any key from any
/// feature's <c>Resources/&lt;Feature&gt;.*.resx</c> (six languages each) through <see cref="Localization.FeatureStrings"/>.
/// Core owns it so that services, the web host and the CLI speak the same words.
/// </summary>
public sealed class SharedResource;
