namespace Palermo.TravelDocuments;

/// <summary>What a three-letter issuing-state or nationality code in an MRZ stands for.</summary>
public enum IcaoCodeKind
{
    /// <summary>Not a code Doc 9303 or ISO 3166-1 knows; a warning, not an invalid MRZ.</summary>
    Unknown,

    /// <summary>An ISO 3166-1 alpha-3 country, or <c>D</c> for Germany.</summary>
    Country,

    /// <summary>UN bodies, the EU, British nationality categories and other codes ISO 3166/MA reserved for ICAO.</summary>
    ReservedAuthority,

    /// <summary>The X… codes of other issuing organizations (Interpol, ECOWAS, Order of Malta …).</summary>
    OtherIssuingBody,

    /// <summary><c>XXA</c>: stateless person (1954 Convention).</summary>
    Stateless,

    /// <summary><c>XXB</c> (1951 Convention refugee) or <c>XXC</c> (other refugee).</summary>
    Refugee,

    /// <summary><c>XXX</c>: nationality not specified.</summary>
    Unspecified,

    /// <summary><c>UTO</c>: the fictional Utopia of the ICAO specimens.</summary>
    Specimen,
}

/// <summary>Doc 9303 part 3 codes for states, organizations and persons, on top of ISO 3166-1.</summary>
public static class IcaoCodes
{
    /// <summary>The codes Doc 9303 part 3 adds to ISO 3166-1 alpha-3, with their kind.</summary>
    public static readonly IReadOnlyDictionary<string, IcaoCodeKind> Additional = new Dictionary<string, IcaoCodeKind>(StringComparer.Ordinal)
    {
        ["D"] = IcaoCodeKind.Country, // Germany writes D<< rather than DEU.
        ["RKS"] = IcaoCodeKind.Country, // Kosovo's own passports; not in ISO 3166-1, so kept here to avoid a false warning.
        ["EUE"] = IcaoCodeKind.ReservedAuthority, // European Union
        ["GBD"] = IcaoCodeKind.ReservedAuthority, // British Overseas Territories Citizen
        ["GBN"] = IcaoCodeKind.ReservedAuthority, // British National (Overseas)
        ["GBO"] = IcaoCodeKind.ReservedAuthority, // British Overseas Citizen
        ["GBP"] = IcaoCodeKind.ReservedAuthority, // British Protected Person
        ["GBS"] = IcaoCodeKind.ReservedAuthority, // British Subject
        ["UNO"] = IcaoCodeKind.ReservedAuthority, // United Nations Organization or one of its officials
        ["UNA"] = IcaoCodeKind.ReservedAuthority, // UN specialized agency or one of its officials
        ["UNK"] = IcaoCodeKind.ReservedAuthority, // UN Interim Administration Mission in Kosovo
        ["XXA"] = IcaoCodeKind.Stateless,
        ["XXB"] = IcaoCodeKind.Refugee,
        ["XXC"] = IcaoCodeKind.Refugee,
        ["XXX"] = IcaoCodeKind.Unspecified,
        ["XBA"] = IcaoCodeKind.OtherIssuingBody, // African Development Bank
        ["XIM"] = IcaoCodeKind.OtherIssuingBody, // African Export-Import Bank
        ["XCC"] = IcaoCodeKind.OtherIssuingBody, // Caribbean Community
        ["XCE"] = IcaoCodeKind.OtherIssuingBody, // Council of Europe
        ["XCO"] = IcaoCodeKind.OtherIssuingBody, // Common Market for Eastern and Southern Africa
        ["XEC"] = IcaoCodeKind.OtherIssuingBody, // Economic Community of West African States
        ["XPO"] = IcaoCodeKind.OtherIssuingBody, // International Criminal Police Organization (Interpol)
        ["XES"] = IcaoCodeKind.OtherIssuingBody, // Organisation of Eastern Caribbean States
        ["XMP"] = IcaoCodeKind.OtherIssuingBody, // Parliamentary Assembly of the Mediterranean
        ["XOM"] = IcaoCodeKind.OtherIssuingBody, // Sovereign Military Order of Malta
        ["XDC"] = IcaoCodeKind.OtherIssuingBody, // Southern African Development Community
        ["UTO"] = IcaoCodeKind.Specimen,
    };

    /// <summary>Kind of a code as it appears in the MRZ field; trailing filler is ignored (<c>D&lt;&lt;</c> is Germany).</summary>
    public static IcaoCodeKind Classify(ReadOnlySpan<char> field)
    {
        var code = field.TrimEnd('<');
        if (Iso3166Alpha3.Contains(code)) return IcaoCodeKind.Country;
        // The few extra codes are looked up by switch on the span to keep the hot path free of allocation.
        return code switch
        {
            "D" or "RKS" => IcaoCodeKind.Country,
            "EUE" or "GBD" or "GBN" or "GBO" or "GBP" or "GBS" or "UNO" or "UNA" or "UNK" => IcaoCodeKind.ReservedAuthority,
            "XXA" => IcaoCodeKind.Stateless,
            "XXB" or "XXC" => IcaoCodeKind.Refugee,
            "XXX" => IcaoCodeKind.Unspecified,
            "XBA" or "XIM" or "XCC" or "XCE" or "XCO" or "XEC" or "XPO" or "XES" or "XMP" or "XOM" or "XDC" => IcaoCodeKind.OtherIssuingBody,
            "UTO" => IcaoCodeKind.Specimen,
            _ => IcaoCodeKind.Unknown,
        };
    }
}
