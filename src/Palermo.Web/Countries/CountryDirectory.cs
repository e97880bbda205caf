using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using Palermo.Countries;

namespace Palermo.Web.Countries;

public sealed record RegionView(string M49, string Name);

public sealed record ProtocolStatusView(string Protocol, DateOnly? Signature, DateOnly? Consent, string? Action, bool IsParty, DateOnly AsOf,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Source);

public sealed record CountryView(string Iso3, string Iso2, string? M49, string Name, IReadOnlyDictionary<string, string> Names,
    RegionView? Region, RegionView? SubRegion, bool IsRegionalOrganization, IReadOnlyDictionary<string, ProtocolStatusView> TreatyStatus);

/// <summary>
/// Countries with their treaty status, per language, as JSON (the data comes from the Core <see cref="CountryProfiles"/>). Public reference data read on nearly every page and by
/// every client, so each language's list is built once and cached (briefly, so other web nodes see imports).
/// </summary>
public sealed class CountryDirectory(IMemoryCache cache, IServiceScopeFactory scopes)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    /// <summary>
    /// One language's list, its JSON, and that JSON already compressed: the list is ~220 KB, so serving it
    /// compressed (once per cache lifetime, not per request) is what keeps the endpoint cheap.
    /// </summary>
    public sealed record Snapshot(IReadOnlyList<CountryView> Countries, byte[] Json, byte[] Brotli, byte[] Gzip, string ETag);

    public Task<Snapshot> GetAsync(string language) =>
        cache.GetOrCreateAsync(Key(language), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            var list = await BuildAsync(language);
            var json = JsonSerializer.SerializeToUtf8Bytes(WithoutSources(list), JsonSerializerOptions.Web);
            return new Snapshot(list, json, Compress(json, s => new BrotliStream(s, CompressionLevel.Optimal)),
                Compress(json, s => new GZipStream(s, CompressionLevel.Optimal)), ETagOf(json));
        })!;

    /// <summary>
    /// The list leaves out the source text, the same long sentence on every row (a third of the payload);
    /// the as-of date stays on every status, and one country's record carries the source.
    /// </summary>
    private static IEnumerable<CountryView> WithoutSources(IReadOnlyList<CountryView> list) =>
        list.Select(c => c with
        {
            TreatyStatus = c.TreatyStatus.ToDictionary(s => s.Key, s => s.Value with { Source = null }, StringComparer.Ordinal),
        });

    public void Invalidate()
    {
        foreach (var language in PalermoLanguages.Codes) cache.Remove(Key(language));
    }

    private static string Key(string language) => "countries:" + language;

    private static byte[] Compress(byte[] data, Func<Stream, Stream> compressor)
    {
        using var buffer = new MemoryStream();
        using (var stream = compressor(buffer)) stream.Write(data);
        return buffer.ToArray();
    }

    /// <summary>Weak: the same tag stands for the identity, Brotli and gzip forms of one content.</summary>
    private static string ETagOf(byte[] json) => "W/\"" + Convert.ToHexString(SHA256.HashData(json), 0, 16) + "\"";

    private async Task<IReadOnlyList<CountryView>> BuildAsync(string language)
    {
        using var scope = scopes.CreateScope();
        var profiles = await scope.ServiceProvider.GetRequiredService<CountryProfiles>().ListAsync(language);
        return profiles.Select(View).ToList();
    }

    private static CountryView View(CountryProfile c) =>
        new(c.Iso3, c.Iso2, c.M49, c.Name, c.Names, Region(c.Region), Region(c.SubRegion), c.IsRegionalOrganization,
            c.TreatyStatus.ToDictionary(s => s.Protocol.ToString(), s => new ProtocolStatusView(s.Protocol.ToString(), s.Signature, s.Consent,
                s.Action?.ToString().ToLowerInvariant(), s.IsParty, s.AsOf, s.Source), StringComparer.Ordinal));

    private static RegionView? Region(RegionName? region) => region is null ? null : new(region.M49, region.Name);
}
