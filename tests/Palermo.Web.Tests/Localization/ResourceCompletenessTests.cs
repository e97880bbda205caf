using System.Xml.Linq;
using Palermo.Testing;

namespace Palermo.Web.Tests.Localization;

/// <summary>Every string a person reads exists in all six UN languages.</summary>
public class ResourceCompletenessTests
{
    private static readonly string ResourceFolder = Path.Combine(RepositoryPaths.Root, "src", "Palermo.Core", "Resources");

    private static Dictionary<string, string> Read(string language)
    {
        var file = Path.Combine(ResourceFolder, language == "en" ? "SharedResource.resx" : $"SharedResource.{language}.resx");
        return XDocument.Load(file).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("zh")]
    [InlineData("fr")]
    [InlineData("ru")]
    [InlineData("es")]
    public void Every_key_exists_in_the_language_with_a_text(string language)
    {
        var english = Read("en");
        var translated = Read(language);

        Assert.Empty(english.Keys.Except(translated.Keys));
        Assert.Empty(translated.Keys.Except(english.Keys));
        Assert.Empty(translated.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Key));
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("zh")]
    [InlineData("fr")]
    [InlineData("ru")]
    [InlineData("es")]
    public void Placeholders_match_the_english_text(string language)
    {
        var english = Read("en");
        var translated = Read(language);
        foreach (var (key, text) in english)
        {
            var expected = Placeholders(text);
            Assert.True(expected.SetEquals(Placeholders(translated[key])), $"{language}: {key} has placeholders {string.Join(",", Placeholders(translated[key]))}, English {string.Join(",", expected)}");
        }
    }

    [Fact]
    public void Keys_used_in_code_exist()
    {
        var english = Read("en");
        var used = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), "(?:\\bT|\\btext)\\[\"([A-Za-z0-9.\\-]+)\"\\]").Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();

        Assert.NotEmpty(used);
        Assert.DoesNotContain(used, k => !english.ContainsKey(k));
    }

    private static HashSet<string> Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, "\\{\\d+\\}").Select(m => m.Value)];
}
