using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Palermo.Localization;
using Palermo.Testing;
using Palermo.Web.Tests.Infrastructure;

namespace Palermo.Web.Tests.Localization;

/// <summary>
/// The web host's own container answers any feature's key through <c>IStringLocalizer&lt;SharedResource&gt;</c> and
/// through the factory (the path DataAnnotations, model binding and mail take), in Arabic and in English.
/// </summary>
public class FeatureStringsTests(WebApps apps)
{
    [Fact]
    public async Task The_host_finds_every_feature_file_on_disk()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);

        var strings = app.Services.GetRequiredService<FeatureStrings>();

        Assert.Equal(ResourceFiles.Features(), strings.Features);
    }

    [Theory, MemberData(nameof(ResourceFiles.FeatureData), MemberType = typeof(ResourceFiles))]
    public async Task A_key_of_the_feature_resolves_in_arabic_and_english(string feature)
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var english = ResourceFiles.Read(feature, "en");
        var arabic = ResourceFiles.Read(feature, "ar");
        // A key whose Arabic differs from its English proves the Arabic file was read, not the fallback.
        var key = english.Keys.First(k => !string.Equals(english[k], arabic[k], StringComparison.Ordinal));

        using var scope = app.Services.CreateScope();
        var injected = scope.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>();
        var created = scope.ServiceProvider.GetRequiredService<IStringLocalizerFactory>().Create(typeof(SharedResource));

        foreach (var (language, expected) in new[] { ("ar", arabic[key]), ("en", english[key]) })
        {
            var previous = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = PalermoLanguages.Culture(language);
            try
            {
                foreach (var text in new[] { injected, created })
                {
                    var found = text[key];
                    Assert.False(found.ResourceNotFound, $"{feature}: {key} in {language}");
                    Assert.Equal(expected, found.Value);
                    Assert.Equal(FeatureStrings.BaseNamePrefix + feature, found.SearchedLocation);
                }
            }
            finally
            {
                CultureInfo.CurrentUICulture = previous;
            }
        }
    }

    [Fact]
    public async Task All_strings_are_every_feature_key_once_in_the_current_language()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var text = app.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var expected = ResourceFiles.Features().SelectMany(f => ResourceFiles.Read(f, "ar")).ToDictionary(StringComparer.Ordinal);

        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = PalermoLanguages.Culture("ar");
        try
        {
            var all = text.GetAllStrings(includeParentCultures: true).ToDictionary(s => s.Name, s => s.Value, StringComparer.Ordinal);
            Assert.Equal(expected, all);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public async Task An_unknown_key_answers_its_name_as_not_found()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var text = app.Services.GetRequiredService<IStringLocalizer<SharedResource>>();

        var found = text["No.Such.Key"];

        Assert.True(found.ResourceNotFound);
        Assert.Equal("No.Such.Key", found.Value);
    }
}
