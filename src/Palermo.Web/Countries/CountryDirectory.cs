using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Palermo.Countries;
using Palermo.Data;
using Palermo.TreatyStatus;

namespace Palermo.Web.Countries;

public sealed record RegionView(string M49, string Name);

public sealed record ProtocolStatusView(string Protocol, DateOnly? Signature, DateOnly? Consent, string? Action, bool IsParty, DateOnly AsOf,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Source);

public sealed record CountryView(string Iso3, string Iso2, string? M49, string Name, IReadOnlyDictionary<string, string> Names,
    RegionView? Region, RegionView? SubRegion, bool IsRegionalOrganization, IReadOnlyDictionary<string, ProtocolStatusView> TreatyStatus);

/// <summary>
/// Countries with their treaty status, per language. Public reference data read on nearly every page and by
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
        var db = scope.ServiceProvider.GetRequiredService<PalermoDbContext>();
        var countries = await db.Countries.AsNoTracking().ToListAsync();
        var regions = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.M49);
        var status = (await db.TreatyParticipations.AsNoTracking().ToListAsync()).ToLookup(p => p.CountryIso3);
        var editions = await scope.ServiceProvider.GetRequiredService<TreatyStatusService>().CurrentEditionsAsync();

        RegionView? Region(string? m49) => m49 is not null && regions.TryGetValue(m49, out var r) ? new(r.M49, r.Names.In(language)) : null;

        var comparer = StringComparer.Create(PalermoLanguages.Culture(language), ignoreCase: true);
        return countries
            .Select(c => new CountryView(c.Iso3, c.Iso2, c.M49, c.Names.In(language), c.Names.ToDictionary(),
                Region(c.RegionM49), Region(c.SubRegionM49), c.IsRegionalOrganization,
                Enum.GetValues<Protocol>().Where(editions.ContainsKey).ToDictionary(p => p.ToString(), p =>
                {
                    var row = status[c.Iso3].FirstOrDefault(s => s.Protocol == p);
                    var edition = editions[p];
                    return new ProtocolStatusView(p.ToString(), row?.SignatureDate, row?.ConsentDate,
                        row?.ConsentAction?.ToString().ToLowerInvariant(), row?.IsParty ?? false, edition.AsOf, edition.Source);
                })))
            .OrderBy(c => c.Name, comparer)
            .ToList();
    }
}
