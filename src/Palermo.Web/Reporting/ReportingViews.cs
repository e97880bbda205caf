using System.Text.Json;
using Palermo.Reporting;

namespace Palermo.Web.Reporting;

public sealed record QuestionnaireRef(int Id, string Code, int Version);

public sealed record CycleView(int Id, string Name, string Protocol, QuestionnaireRef Questionnaire, DateOnly OpensOn, DateOnly Deadline,
    string State, double? Rate);

public sealed record CycleDetailView(int Id, string Name, string Protocol, QuestionnaireRef Questionnaire, DateOnly OpensOn, DateOnly Deadline,
    string State, IReadOnlyList<string> IncompleteLanguages, QuestionnaireDefinition Definition);

public sealed record SubmissionSummary(string Country, string State, int Version, DateTimeOffset UpdatedAt, DateTimeOffset? FirstSubmittedAt, DateTimeOffset? SubmittedAt);

/// <summary>A frozen submitted version, with the questions whose answer changed since the version before.</summary>
public sealed record FrozenVersionView(int Number, DateTimeOffset SubmittedAt, IReadOnlyDictionary<string, JsonElement> Answers, IReadOnlyList<string> ChangedSincePrevious);

/// <summary>The country's answers in the previous cycle and the questions answered differently now.</summary>
public sealed record PreviousCycleView(int CycleId, string Cycle, int Number, DateTimeOffset SubmittedAt, IReadOnlyDictionary<string, JsonElement> Answers,
    IReadOnlyList<string> DifferentNow);

public sealed record SubmittedVersionView(int Number, DateTimeOffset SubmittedAt);

public sealed record SubmissionView(int CycleId, string Country, string State, int Version, IReadOnlyDictionary<string, JsonElement> Answers,
    DateOnly Deadline, DateTimeOffset? UpdatedAt, DateTimeOffset? FirstSubmittedAt, DateTimeOffset? SubmittedAt, DateTimeOffset? AcceptedAt,
    IReadOnlyList<ReturnComment> Comments, IReadOnlyList<SubmittedVersionView> Versions, bool? PublicationConsent = null, bool Published = false);

/// <summary>The country's decision on publication of its submitted answers in the cycle.</summary>
public sealed record PublicationBody(bool? Consent);

/// <summary>A save: the answers and the token last read, as <c>version</c> or <c>concurrencyToken</c> (number or string), or in If-Match.</summary>
public sealed record SubmissionBody(JsonElement? Version, JsonElement? ConcurrencyToken, Dictionary<string, JsonElement>? Answers);

public sealed record ReturnBody(IReadOnlyList<ReturnComment>? Comments);

public sealed record CycleBody(string? Protocol, int? QuestionnaireId, DateOnly? OpensOn, DateOnly? Deadline);

public sealed record ExtensionBody(string? Country, DateOnly? Deadline);

/// <summary>Enum values in the API are kebab case, like the questionnaire JSON ("in-progress", "not-started").</summary>
public static class Kebab
{
    public static string Of<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static CycleView View(Cycle c, Questionnaire q, double? rate = null) =>
        new(c.Id, c.Name, c.Protocol.ToString(), new(q.Id, q.Code, q.Version), c.OpensOn, c.Deadline, Of(c.State), rate);
}

/// <summary>JSON of the reporting API: the questionnaire conventions (kebab-case enums), with null fields written out.</summary>
public static class ReportingApiJson
{
    public static readonly JsonSerializerOptions Options = new(QuestionnaireJson.Options)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never,
    };
}
