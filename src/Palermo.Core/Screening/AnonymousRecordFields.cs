namespace Palermo.Screening;

/// <summary>The closed vocabularies of an anonymous screening record; anything else is refused, never guessed.</summary>
public static class AnonymousRecordFields
{
    public const string Unknown = "unknown";

    public static readonly IReadOnlyList<string> Sexes = ["female", "male", "other", Unknown];

    public static readonly IReadOnlyList<string> AgeGroups = ["under-18", "18-24", "25-34", "35-49", "50+", Unknown];

    /// <summary>ISIC Rev.4 sections A (agriculture, forestry and fishing) to U (extraterritorial organizations).</summary>
    public static readonly IReadOnlyList<string> Sectors = [.. Enumerable.Range('A', 'U' - 'A' + 1).Select(c => ((char)c).ToString())];

    public static bool IsSex(string? value) => value is not null && Sexes.Contains(value, StringComparer.Ordinal);

    public static bool IsAgeGroup(string? value) => value is not null && AgeGroups.Contains(value, StringComparer.Ordinal);

    public static bool IsSector(string? value) => value is not null && Sectors.Contains(value, StringComparer.Ordinal);
}
