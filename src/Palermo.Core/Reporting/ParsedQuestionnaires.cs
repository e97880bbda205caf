using System.Collections.Concurrent;

namespace Palermo.Reporting;

/// <summary>
/// Parsed questionnaire definitions, reused across requests: every submission request and every analysis looks up
/// its cycle, and parsing a 300-question definition in six languages costs milliseconds each time. An entry is used
/// only when the stored text is the same (ordinal comparison), so a changed or different database's questionnaire
/// with the same id is parsed afresh. Definitions are immutable records; callers change them only with <c>with</c>.
/// </summary>
public static class ParsedQuestionnaires
{
    private const int Capacity = 256;
    private static readonly ConcurrentDictionary<int, (string Json, QuestionnaireDefinition Definition)> Cache = new();

    public static QuestionnaireDefinition Get(Questionnaire questionnaire)
    {
        if (Cache.TryGetValue(questionnaire.Id, out var hit) && string.Equals(hit.Json, questionnaire.Definition, StringComparison.Ordinal))
            return hit.Definition;
        var parsed = questionnaire.Parse();
        // Bounded: many test databases in one process reuse small ids; starting over is cheaper than tracking use.
        if (Cache.Count >= Capacity) Cache.Clear();
        Cache[questionnaire.Id] = (questionnaire.Definition, parsed);
        return parsed;
    }
}
