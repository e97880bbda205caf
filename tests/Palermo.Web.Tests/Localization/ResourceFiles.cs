using System.Xml.Linq;
using Palermo.Testing;

namespace Palermo.Web.Tests.Localization;

/// <summary>The per-feature string files as they are on disk: <c>src/Palermo.Core/Resources/&lt;Feature&gt;[.lang].resx</c>.</summary>
public static class ResourceFiles
{
    public static readonly string Folder = Path.Combine(RepositoryPaths.Root, "src", "Palermo.Core", "Resources");

    public static readonly string[] Translations = ["ar", "zh", "fr", "ru", "es"];

    /// <summary>Features are named by their English file, the one without a language in its name.</summary>
    public static IReadOnlyList<string> Features() =>
        [.. Directory.EnumerateFiles(Folder, "*.resx")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(n => !n.Contains('.', StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    public static TheoryData<string> FeatureData() => [.. Features()];

    public static string PathOf(string feature, string language) =>
        Path.Combine(Folder, language == "en" ? $"{feature}.resx" : $"{feature}.{language}.resx");

    public static Dictionary<string, string> Read(string feature, string language) =>
        XDocument.Load(PathOf(feature, language)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);
}
