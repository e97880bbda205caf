namespace Palermo.Reporting;

/// <summary>How a question is answered; serialized in kebab case ("yes-no", "legal-reference").</summary>
public enum QuestionType
{
    /// <summary>One of yes, no, partly, not-applicable.</summary>
    YesNo,
    Single,
    Multiple,
    Number,
    Date,
    Text,

    /// <summary>Title of the law, article, date, link and extract.</summary>
    LegalReference,

    /// <summary>A reference to an uploaded file: name, optional content type and link.</summary>
    Attachment,
}

/// <summary>The fixed answers of a <see cref="QuestionType.YesNo"/> question.</summary>
public static class YesNoAnswers
{
    public const string Yes = "yes";
    public const string No = "no";
    public const string Partly = "partly";
    public const string NotApplicable = "not-applicable";

    public static readonly IReadOnlyList<string> All = [Yes, No, Partly, NotApplicable];
}
