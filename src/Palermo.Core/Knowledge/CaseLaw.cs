namespace Palermo.Knowledge;

/// <summary>A court decision on trafficking in persons or smuggling of migrants.</summary>
public class CaseLaw : KnowledgeRecord
{
    /// <summary>ISO alpha-3 code of the country whose court decided.</summary>
    public string CountryIso3 { get; set; } = "";

    public string Court { get; set; } = "";
    public CourtLevel CourtLevel { get; set; }
    public DateOnly? DecisionDate { get; set; }
    public string CaseNumber { get; set; } = "";
    public string Verdict { get; set; } = "";
    public string Sentence { get; set; } = "";
    public string Appeal { get; set; } = "";

    public int DefendantCount { get; set; }
    public int VictimCount { get; set; }
    public List<CaseDefendant> Defendants { get; set; } = [];

    /// <summary>Victims by initials only, never a full name (<see cref="VictimInitials"/>).</summary>
    public List<CaseVictim> Victims { get; set; } = [];

    /// <summary>Forms of exploitation, e.g. «forced labour», «sexual exploitation».</summary>
    public List<string> ExploitationForms { get; set; } = [];

    public List<string> Acts { get; set; } = [];
    public List<string> Means { get; set; } = [];
    public List<string> Purposes { get; set; } = [];

    public override KnowledgeKind Kind => KnowledgeKind.CaseLaw;
}

public enum CourtLevel
{
    FirstInstance,
    Appeal,
    Supreme,
    Other,
}

public static class CourtLevelCodes
{
    /// <summary>The level as the API reads and writes it («first-instance»), like every other code of a record.</summary>
    public static string Code(this CourtLevel level) => level switch
    {
        CourtLevel.FirstInstance => "first-instance",
        CourtLevel.Appeal => "appeal",
        CourtLevel.Supreme => "supreme",
        _ => "other",
    };
}

/// <summary>A defendant: sex and nationality only.</summary>
public class CaseDefendant
{
    /// <summary>f, m or x.</summary>
    public string Sex { get; set; } = "";
    public string? Nationality { get; set; }
}

/// <summary>A victim: initials, sex and nationality; nothing that names the person.</summary>
public class CaseVictim
{
    public string Initials { get; set; } = "";
    public string Sex { get; set; } = "";
    public string? Nationality { get; set; }
}
