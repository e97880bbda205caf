using System.Text.RegularExpressions;
using Palermo.Testing;

namespace Palermo.Web.Tests.Localization;

/// <summary>Every string a person reads exists in all six UN languages, in exactly one feature's file.</summary>
public class ResourceCompletenessTests
{
    [Fact]
    public void The_features_are_found_and_each_has_its_five_translations()
    {
        var features = ResourceFiles.Features();
        Assert.Contains("Common", features);
        Assert.True(features.Count > 1, "strings are split per feature");

        var expected = features.SelectMany(f => ResourceFiles.Translations.Select(l => ResourceFiles.PathOf(f, l)).Append(ResourceFiles.PathOf(f, "en")));
        var actual = Directory.EnumerateFiles(ResourceFiles.Folder, "*.resx");
        // A translation without its English file, or a language Palermo does not speak, would be silently ignored.
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("zh")]
    [InlineData("fr")]
    [InlineData("ru")]
    [InlineData("es")]
    public void Every_key_exists_in_the_language_with_a_text(string language)
    {
        foreach (var feature in ResourceFiles.Features())
        {
            var english = ResourceFiles.Read(feature, "en");
            var translated = ResourceFiles.Read(feature, language);

            Assert.True(!english.Keys.Except(translated.Keys).Any(), $"{feature}.{language} lacks {string.Join(", ", english.Keys.Except(translated.Keys))}");
            Assert.True(!translated.Keys.Except(english.Keys).Any(), $"{feature}.{language} has keys English lacks: {string.Join(", ", translated.Keys.Except(english.Keys))}");
            Assert.Empty(translated.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => $"{feature}.{language}: {t.Key}"));
            Assert.Empty(english.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => $"{feature}: {t.Key}"));
        }
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("zh")]
    [InlineData("fr")]
    [InlineData("ru")]
    [InlineData("es")]
    public void Placeholders_match_the_english_text(string language)
    {
        foreach (var feature in ResourceFiles.Features())
        {
            var translated = ResourceFiles.Read(feature, language);
            foreach (var (key, text) in ResourceFiles.Read(feature, "en"))
            {
                // A missing key is the other test's failure; this one compares the keys both files have.
                if (!translated.TryGetValue(key, out var translation)) continue;
                var expected = Placeholders(text);
                var actual = Placeholders(translation);
                Assert.True(expected.SetEquals(actual), $"{feature}.{language}: {key} has placeholders {string.Join(",", actual)}, English {string.Join(",", expected)}");
            }
        }
    }

    [Fact]
    public void No_key_is_defined_in_two_feature_files()
    {
        var owners = ResourceFiles.Features()
            .SelectMany(f => ResourceFiles.Read(f, "en").Keys.Select(k => (Key: k, Feature: f)))
            .GroupBy(o => o.Key, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key} in {string.Join(" and ", g.Select(o => o.Feature))}");

        Assert.Empty(owners);
    }

    [Fact]
    public void Keys_used_in_code_exist()
    {
        var known = ResourceFiles.Features().SelectMany(f => ResourceFiles.Read(f, "en").Keys).ToHashSet(StringComparer.Ordinal);
        var used = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), "(?:\\bT|\\btext)\\[\"([A-Za-z0-9.\\-]+)\"\\]").Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();

        Assert.NotEmpty(used);
        var missing = used.Where(k => !known.Contains(k)).ToList();
        Assert.Empty(missing);
    }

    private static HashSet<string> Placeholders(string text) =>
        [.. Regex.Matches(text, "\\{\\d+\\}").Select(m => m.Value)];
}
