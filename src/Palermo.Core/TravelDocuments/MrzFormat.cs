namespace Palermo.TravelDocuments;

/// <summary>The five ICAO Doc 9303 machine-readable-zone layouts.</summary>
public enum MrzFormat
{
    /// <summary>Identity card size: 3 lines of 30.</summary>
    TD1,

    /// <summary>Official travel document, medium size: 2 lines of 36.</summary>
    TD2,

    /// <summary>Passport booklet: 2 lines of 44.</summary>
    TD3,

    /// <summary>Full-page visa: 2 lines of 44, first character V.</summary>
    MRVA,

    /// <summary>Smaller visa: 2 lines of 36, first character V.</summary>
    MRVB,
}
