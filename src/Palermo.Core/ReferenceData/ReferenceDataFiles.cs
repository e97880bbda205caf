namespace Palermo.ReferenceData;

/// <summary>Where the reference data shipped with Palermo (the repository's <c>data/</c> folder) sits at run time.</summary>
public static class ReferenceDataFiles
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "data");

    public static string Countries => Path.Combine(Root, "countries", "countries.json");

    public static string Reporting => Path.Combine(Root, "reporting");

    public static string StatesParties2014 => Path.Combine(Root, "treaty-status", "states-parties-2014.csv");
}
