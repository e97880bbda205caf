using Palermo.Search.Analysis;

namespace Palermo.Search.Tests.Analysis;

/// <summary>Shorthand for the analyzed terms of a text, joined with spaces so table rows read naturally.</summary>
internal static class Terms
{
    public static string Of(string language, string text) =>
        string.Join(' ', PalermoAnalyzers.AnalyzeToTerms(language, text));
}
