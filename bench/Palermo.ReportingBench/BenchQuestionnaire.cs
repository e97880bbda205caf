using System.Globalization;
using Palermo.Reporting;
using Palermo.TreatyStatus;

namespace Palermo.ReportingBench;

/// <summary>
/// A generated questionnaire of the size the bench asks for (300 questions in 10 sections), with the shipped
/// questionnaires' mix of types, the headline indicators and a technical-assistance question ending each section,
/// every text in the six languages (so a cycle can open). No skip logic: every State answers every question.
/// </summary>
public static class BenchQuestionnaire
{
    private static readonly string[] Indicators = ["criminalization", "coordinating-body", "action-plan", "document-security", "repatriation", "demand", "referral-mechanism"];

    private static readonly Dictionary<string, string> Question = new(StringComparer.Ordinal)
    {
        ["ar"] = "السؤال {0}", ["zh"] = "问题 {0}", ["en"] = "Question {0}", ["fr"] = "Question {0}", ["ru"] = "Вопрос {0}", ["es"] = "Pregunta {0}",
    };

    private static readonly Dictionary<string, string> Section = new(StringComparer.Ordinal)
    {
        ["ar"] = "القسم {0}", ["zh"] = "第{0}部分", ["en"] = "Section {0}", ["fr"] = "Section {0}", ["ru"] = "Раздел {0}", ["es"] = "Sección {0}",
    };

    private static readonly Dictionary<string, string> Option = new(StringComparer.Ordinal)
    {
        ["ar"] = "الخيار {0}", ["zh"] = "选项 {0}", ["en"] = "Option {0}", ["fr"] = "Option {0}", ["ru"] = "Вариант {0}", ["es"] = "Opción {0}",
    };

    public static QuestionnaireDefinition Create(int sections = 10, int perSection = 30)
    {
        var list = new List<SectionDefinition>();
        var n = 0;
        for (var s = 1; s <= sections; s++)
        {
            var questions = new List<QuestionDefinition>();
            for (var i = 1; i <= perSection; i++)
            {
                n++;
                var code = string.Create(CultureInfo.InvariantCulture, $"bench.s{s:00}.q{i:00}");
                var type = i == perSection || i == 1 ? QuestionType.YesNo : (i % 20) switch
                {
                    < 10 => QuestionType.YesNo,
                    < 13 => QuestionType.Single,
                    < 15 => QuestionType.Multiple,
                    < 17 => QuestionType.Number,
                    17 => QuestionType.Date,
                    18 => QuestionType.Text,
                    _ => QuestionType.LegalReference,
                };
                var indicator = i == perSection ? AnalysisEngine.TechnicalAssistance : i == 1 && s <= Indicators.Length ? Indicators[s - 1] : null;
                questions.Add(new QuestionDefinition
                {
                    Code = code, Type = type, Articles = [5], Required = i == 1, Indicator = indicator, Text = Texts(Question, n),
                    Options = type is QuestionType.Single or QuestionType.Multiple
                        ? Enumerable.Range(1, type == QuestionType.Single ? 4 : 5).Select(o => new OptionDefinition
                        {
                            Code = string.Create(CultureInfo.InvariantCulture, $"o{o}"), Label = Texts(Option, o),
                        }).ToList()
                        : [],
                    Min = type == QuestionType.Number ? 0 : null,
                    Max = type == QuestionType.Number ? 100000 : null,
                });
            }
            list.Add(new SectionDefinition { Code = string.Create(CultureInfo.InvariantCulture, $"s{s:00}"), Title = Texts(Section, s), Questions = questions });
        }
        return new QuestionnaireDefinition { Code = "bench", Version = 1, Protocol = Protocol.TIP, Title = Texts(Section, 0), Sections = list };
    }

    private static Dictionary<string, string> Texts(Dictionary<string, string> pattern, int n) =>
        pattern.ToDictionary(p => p.Key, p => string.Format(CultureInfo.InvariantCulture, p.Value, n), StringComparer.Ordinal);
}
