namespace Palermo.Knowledge;

/// <summary>The areas of successful practice named in paragraphs (j) to (m) of the decision.</summary>
public enum KnowledgeCategory
{
    Investigation,
    Prosecution,
    ProtectionAndAssistance,
    RepatriationAndReturn,
    TrainingAndCapacityBuilding,
    AwarenessRaising,
    PreventionAndDemand,
    InternationalCooperation,
    HumanitarianSettings,
}

/// <summary>Stable kebab-case codes of <see cref="KnowledgeCategory"/> («protection-and-assistance»), used by the API and facets.</summary>
public static class KnowledgeCategories
{
    private static readonly Dictionary<KnowledgeCategory, string> Codes = new()
    {
        [KnowledgeCategory.Investigation] = "investigation",
        [KnowledgeCategory.Prosecution] = "prosecution",
        [KnowledgeCategory.ProtectionAndAssistance] = "protection-and-assistance",
        [KnowledgeCategory.RepatriationAndReturn] = "repatriation-and-return",
        [KnowledgeCategory.TrainingAndCapacityBuilding] = "training-and-capacity-building",
        [KnowledgeCategory.AwarenessRaising] = "awareness-raising",
        [KnowledgeCategory.PreventionAndDemand] = "prevention-and-demand",
        [KnowledgeCategory.InternationalCooperation] = "international-cooperation",
        [KnowledgeCategory.HumanitarianSettings] = "humanitarian-settings",
    };

    // Short forms people type; the full code and the enum name are accepted too.
    private static readonly Dictionary<string, KnowledgeCategory> Aliases = new(StringComparer.Ordinal)
    {
        ["protection"] = KnowledgeCategory.ProtectionAndAssistance,
        ["assistance"] = KnowledgeCategory.ProtectionAndAssistance,
        ["protection-assistance"] = KnowledgeCategory.ProtectionAndAssistance,
        ["repatriation"] = KnowledgeCategory.RepatriationAndReturn,
        ["return"] = KnowledgeCategory.RepatriationAndReturn,
        ["repatriation-return"] = KnowledgeCategory.RepatriationAndReturn,
        ["training"] = KnowledgeCategory.TrainingAndCapacityBuilding,
        ["capacity-building"] = KnowledgeCategory.TrainingAndCapacityBuilding,
        ["training-capacity-building"] = KnowledgeCategory.TrainingAndCapacityBuilding,
        ["awareness"] = KnowledgeCategory.AwarenessRaising,
        ["awareness-raising-campaign"] = KnowledgeCategory.AwarenessRaising,
        ["prevention"] = KnowledgeCategory.PreventionAndDemand,
        ["prevention-demand"] = KnowledgeCategory.PreventionAndDemand,
        ["demand"] = KnowledgeCategory.PreventionAndDemand,
        ["cooperation"] = KnowledgeCategory.InternationalCooperation,
        ["humanitarian"] = KnowledgeCategory.HumanitarianSettings,
    };

    public static IReadOnlyCollection<KnowledgeCategory> All => Codes.Keys;

    public static string Code(this KnowledgeCategory category) => Codes[category];

    /// <summary>The category a code, enum name or short form stands for; case, spaces and underscores do not matter.</summary>
    public static bool TryParse(string? text, out KnowledgeCategory category)
    {
        category = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var normalized = text.Trim().ToLowerInvariant().Replace('_', '-').Replace(' ', '-');
        foreach (var (value, code) in Codes)
        {
            if (string.Equals(code, normalized, StringComparison.Ordinal)
                || string.Equals(value.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                category = value;
                return true;
            }
        }
        return Aliases.TryGetValue(normalized, out category);
    }
}
