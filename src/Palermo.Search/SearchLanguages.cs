namespace Palermo.Search;

/// <summary>Placeholder anchor for the search project; analysis chains live in Analysis/.</summary>
internal static class SearchLanguages
{
    public static IReadOnlyList<string> Codes => PalermoLanguages.Codes;
}
