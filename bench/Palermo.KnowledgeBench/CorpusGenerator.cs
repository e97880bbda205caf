using System.Globalization;
using Palermo.Knowledge;
using Palermo.Search.Analysis;

namespace Palermo.KnowledgeBench;

/// <summary>
/// A deterministic synthetic corpus in the six languages: sentences made of the glossary's terms (the protocols'
/// vocabulary) and small word lists written for this bench. Nothing is copied from real documents.
/// </summary>
public sealed class CorpusGenerator(int seed)
{
    // Everyday words of practice descriptions, per language; written for the bench.
    private static readonly Dictionary<string, string[]> Words = new(StringComparer.Ordinal)
    {
        ["en"] = ["police", "prosecutors", "shelter", "border", "network", "inspection", "workers", "farm", "factory", "hotline", "training",
            "judges", "referral", "interview", "evidence", "money", "route", "boat", "port", "campaign", "school", "village", "district",
            "officers", "agency", "partners", "identified", "supported", "dismantled", "convicted", "trained", "reached", "returned"],
        ["fr"] = ["police", "procureurs", "foyer", "frontière", "réseau", "inspection", "travailleurs", "ferme", "usine", "ligne", "formation",
            "juges", "orientation", "entretien", "preuves", "argent", "itinéraire", "bateau", "port", "campagne", "école", "village", "district",
            "agents", "agence", "partenaires", "identifiées", "soutenues", "démantelé", "condamnés", "formés", "atteints", "rapatriées"],
        ["es"] = ["policía", "fiscales", "albergue", "frontera", "red", "inspección", "trabajadores", "granja", "fábrica", "línea", "capacitación",
            "jueces", "derivación", "entrevista", "pruebas", "dinero", "ruta", "barco", "puerto", "campaña", "escuela", "aldea", "distrito",
            "agentes", "organismo", "asociados", "identificadas", "apoyadas", "desarticulada", "condenados", "capacitados", "alcanzados", "retornadas"],
        ["ru"] = ["полиция", "прокуроры", "приют", "граница", "сеть", "инспекция", "работники", "ферма", "фабрика", "линия", "обучение",
            "судьи", "направление", "собеседование", "доказательства", "деньги", "маршрут", "лодка", "порт", "кампания", "школа", "деревня",
            "район", "сотрудники", "ведомство", "партнёры", "выявлены", "поддержаны", "ликвидирована", "осуждены", "обучены", "охвачены", "возвращены"],
        ["zh"] = ["警方", "检察官", "庇护所", "边境", "网络", "检查", "工人", "农场", "工厂", "热线", "培训", "法官", "转介", "面谈", "证据",
            "资金", "路线", "船只", "港口", "宣传", "学校", "村庄", "地区", "官员", "机构", "伙伴", "识别", "支持", "摧毁", "定罪", "返回"],
        ["ar"] = ["الشرطة", "المدعون", "الملجأ", "الحدود", "الشبكة", "التفتيش", "العمال", "المزرعة", "المصنع", "الخط", "التدريب", "القضاة",
            "الإحالة", "المقابلة", "الأدلة", "الأموال", "الطريق", "القارب", "الميناء", "الحملة", "المدرسة", "القرية", "المنطقة", "الضباط",
            "الوكالة", "الشركاء", "حددت", "دعمت", "فككت", "أدين", "دربت", "وصلت", "أعيدت"],
    };

    private static readonly string[] Countries = ["NGA", "ITA", "EGY", "JOR", "PHL", "MEX", "FRA", "ESP", "RUS", "CHN", "MAR", "ARG", "THA", "KEN", "DEU", "IND"];

    private readonly Random _random = new(seed);
    private readonly IReadOnlyList<GlossaryEntry> _glossary = MultilingualGlossary.Default.Entries;

    public static IReadOnlyList<string> Languages => PalermoLanguages.Codes;

    public Practice Next(int n)
    {
        var language = Languages[n % Languages.Count];
        var category = KnowledgeCategories.All.ElementAt(_random.Next(KnowledgeCategories.All.Count));
        var published = DateTimeOffset.UnixEpoch.AddYears(45).AddMinutes(n);
        return new Practice
        {
            Title = Sentence(language, 6),
            Summary = Sentence(language, 25),
            Body = "<p>" + Sentence(language, 60) + "</p><p>" + Sentence(language, 60) + "</p>",
            Language = language,
            Category = category,
            Countries = [Countries[_random.Next(Countries.Length)], Countries[_random.Next(Countries.Length)]],
            Protocols = [_random.Next(3) == 0 ? "SOM" : "TIP"],
            Articles = [(_random.Next(3) == 0 ? "SOM " : "TIP ") + _random.Next(2, 20).ToString(CultureInfo.InvariantCulture)],
            PeriodStartYear = 2010 + _random.Next(15),
            Status = KnowledgeStatus.Published,
            CreatedAt = published,
            UpdatedAt = published,
            PublishedAt = published,
        };
    }

    /// <summary>Words of the language with a glossary term about every sixth word.</summary>
    private string Sentence(string language, int words)
    {
        var list = Words[language];
        var parts = new List<string>(words);
        while (parts.Count < words)
        {
            if (_random.Next(6) == 0 && _glossary[_random.Next(_glossary.Count)].TermsByLanguage.TryGetValue(language, out var term)) parts.Add(term.Text);
            else parts.Add(list[_random.Next(list.Length)]);
        }
        return string.Join(language == "zh" ? "" : " ", parts) + (language == "zh" ? "。" : ".");
    }
}
