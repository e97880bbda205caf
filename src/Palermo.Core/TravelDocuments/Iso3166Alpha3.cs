namespace Palermo.TravelDocuments;

/// <summary>
/// The 249 officially assigned ISO 3166-1 alpha-3 country codes, kept in code so MRZ checks need no database.
/// Lookup packs the three letters into an index of a 26³ bit table: constant time, no hashing, no allocation.
/// </summary>
public static class Iso3166Alpha3
{
    /// <summary>Every code, alphabetical within each initial letter.</summary>
    public static readonly IReadOnlyList<string> Codes =
    [
        "ABW", "AFG", "AGO", "AIA", "ALA", "ALB", "AND", "ARE", "ARG", "ARM", "ASM", "ATA", "ATF", "ATG", "AUS", "AUT", "AZE",
        "BDI", "BEL", "BEN", "BES", "BFA", "BGD", "BGR", "BHR", "BHS", "BIH", "BLM", "BLR", "BLZ", "BMU", "BOL", "BRA", "BRB", "BRN", "BTN", "BVT", "BWA",
        "CAF", "CAN", "CCK", "CHE", "CHL", "CHN", "CIV", "CMR", "COD", "COG", "COK", "COL", "COM", "CPV", "CRI", "CUB", "CUW", "CXR", "CYM", "CYP", "CZE",
        "DEU", "DJI", "DMA", "DNK", "DOM", "DZA",
        "ECU", "EGY", "ERI", "ESH", "ESP", "EST", "ETH",
        "FIN", "FJI", "FLK", "FRA", "FRO", "FSM",
        "GAB", "GBR", "GEO", "GGY", "GHA", "GIB", "GIN", "GLP", "GMB", "GNB", "GNQ", "GRC", "GRD", "GRL", "GTM", "GUF", "GUM", "GUY",
        "HKG", "HMD", "HND", "HRV", "HTI", "HUN",
        "IDN", "IMN", "IND", "IOT", "IRL", "IRN", "IRQ", "ISL", "ISR", "ITA",
        "JAM", "JEY", "JOR", "JPN",
        "KAZ", "KEN", "KGZ", "KHM", "KIR", "KNA", "KOR", "KWT",
        "LAO", "LBN", "LBR", "LBY", "LCA", "LIE", "LKA", "LSO", "LTU", "LUX", "LVA",
        "MAC", "MAF", "MAR", "MCO", "MDA", "MDG", "MDV", "MEX", "MHL", "MKD", "MLI", "MLT", "MMR", "MNE", "MNG", "MNP", "MOZ", "MRT", "MSR", "MTQ", "MUS", "MWI", "MYS", "MYT",
        "NAM", "NCL", "NER", "NFK", "NGA", "NIC", "NIU", "NLD", "NOR", "NPL", "NRU", "NZL",
        "OMN",
        "PAK", "PAN", "PCN", "PER", "PHL", "PLW", "PNG", "POL", "PRI", "PRK", "PRT", "PRY", "PSE", "PYF",
        "QAT",
        "REU", "ROU", "RUS", "RWA",
        "SAU", "SDN", "SEN", "SGP", "SGS", "SHN", "SJM", "SLB", "SLE", "SLV", "SMR", "SOM", "SPM", "SRB", "SSD", "STP", "SUR", "SVK", "SVN", "SWE", "SWZ", "SXM", "SYC", "SYR",
        "TCA", "TCD", "TGO", "THA", "TJK", "TKL", "TKM", "TLS", "TON", "TTO", "TUN", "TUR", "TUV", "TWN", "TZA",
        "UGA", "UKR", "UMI", "URY", "USA", "UZB",
        "VAT", "VCT", "VEN", "VGB", "VIR", "VNM", "VUT",
        "WLF", "WSM",
        "YEM",
        "ZAF", "ZMB", "ZWE",
    ];

    // Indexed by the packed code; null where no country is assigned. Doubles as a cache of the code strings.
    private static readonly string?[] Assigned = BuildTable();

    public static bool Contains(ReadOnlySpan<char> code)
    {
        var index = Index(code);
        return index >= 0 && Assigned[index] is not null;
    }

    internal static string? Canonical(int index) => Assigned[index];

    /// <summary>Position of a three-letter code in the 26³ table, or -1 when it is not three letters A–Z.</summary>
    internal static int Index(ReadOnlySpan<char> code)
    {
        if (code.Length != 3) return -1;
        var index = 0;
        foreach (var c in code)
        {
            if (c is < 'A' or > 'Z') return -1;
            index = (index * 26) + (c - 'A');
        }

        return index;
    }

    private static string?[] BuildTable()
    {
        var table = new string?[26 * 26 * 26];
        foreach (var code in Codes) table[Index(code)] = code;
        return table;
    }
}
