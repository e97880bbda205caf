using System.Collections;
using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Resources;
using Microsoft.Extensions.Localization;

namespace Palermo.Localization;

/// <summary>
/// Every feature's words behind the one <see cref="IStringLocalizer{SharedResource}"/> that pages, endpoints and
/// services ask. Each feature keeps its strings in its own <c>Resources/&lt;Feature&gt;.*.resx</c>, so a change to
/// one room edits that room's file; call sites still ask for any key without knowing which file holds it.
/// The files are found among Core's embedded resources, so a new room adds its six files and nothing else.
/// </summary>
public sealed class FeatureStrings : IStringLocalizer<SharedResource>
{
    /// <summary>Manifest names are the root namespace plus the folder (Resources/Reporting.resx → Palermo.Resources.Reporting).</summary>
    public const string BaseNamePrefix = "Palermo.Resources.";
    private const string ManifestSuffix = ".resources";

    private readonly FrozenDictionary<string, ResourceManager> owners;
    private readonly IReadOnlyList<ResourceManager> managers;

    public FeatureStrings() : this(typeof(SharedResource).Assembly)
    {
    }

    public FeatureStrings(Assembly assembly)
    {
        Features = [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(BaseNamePrefix, StringComparison.Ordinal) && n.EndsWith(ManifestSuffix, StringComparison.Ordinal))
            .Select(n => n[BaseNamePrefix.Length..^ManifestSuffix.Length])
            .Order(StringComparer.Ordinal)];

        // Keys are indexed from the English (invariant) file of each feature: every key exists there, and a lookup
        // then costs one dictionary probe instead of asking each feature in turn. A key in two files is a mistake the
        // completeness test reports; here the first feature in name order wins so the answer is at least stable.
        managers = [.. Features.Select(f => new ResourceManager(BaseNamePrefix + f, assembly))];
        var index = new Dictionary<string, ResourceManager>(StringComparer.Ordinal);
        foreach (var manager in managers)
        {
            var english = manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false);
            if (english is null) continue;
            foreach (DictionaryEntry entry in english) index.TryAdd((string)entry.Key, manager);
        }
        owners = index.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The feature files found, by name (Common, Reporting, …).</summary>
    public IReadOnlyList<string> Features { get; }

    public LocalizedString this[string name]
    {
        get
        {
            var value = Find(name, out var location);
            return new LocalizedString(name, value ?? name, resourceNotFound: value is null, location);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = Find(name, out var location);
            var value = string.Format(CultureInfo.CurrentCulture, format ?? name, arguments);
            return new LocalizedString(name, value, resourceNotFound: format is null, location);
        }
    }

    /// <summary>
    /// The strings of the current UI culture across all features; with <paramref name="includeParentCultures"/> the
    /// keys it lacks are filled from its parents down to English, as the single-file localizer did.
    /// </summary>
    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var culture = CultureInfo.CurrentUICulture; ; culture = culture.Parent)
        {
            foreach (var manager in managers)
            {
                var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
                if (set is null) continue;
                foreach (DictionaryEntry entry in set)
                {
                    var key = (string)entry.Key;
                    if (seen.Add(key)) yield return new LocalizedString(key, entry.Value as string ?? key, resourceNotFound: false, manager.BaseName);
                }
            }
            if (!includeParentCultures || culture.Equals(CultureInfo.InvariantCulture)) yield break;
        }
    }

    private string? Find(string name, out string? location)
    {
        if (!owners.TryGetValue(name, out var manager))
        {
            location = null;
            return null;
        }
        location = manager.BaseName;
        // ResourceManager falls back along the culture's parents (ar-EG → ar → English) like the default localizer.
        return manager.GetString(name, CultureInfo.CurrentUICulture);
    }
}
