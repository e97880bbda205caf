using System.Globalization;
using Microsoft.Extensions.Localization;
using Palermo.Accounts;
using Palermo.Knowledge;

namespace Palermo.Web.Pages.Knowledge;

/// <summary>
/// The service's problems in the page language, grouped by field so each message stands next to its field (the
/// inputs carry the problem's field name as their id) and again in the summary at the top of the form.
/// </summary>
public sealed class KnowledgeFormErrors
{
    public static readonly KnowledgeFormErrors None = new([]);

    /// <summary>Fields whose «required» or «too long» message names the field: its label, not its code.</summary>
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["title"] = "Knowledge.Field.title", ["summary"] = "Knowledge.Summary", ["body"] = "Knowledge.Body", ["results"] = "Knowledge.Results",
    };

    private readonly List<(string Field, string Message)> _messages;

    private KnowledgeFormErrors(List<(string Field, string Message)> messages) => _messages = messages;

    public static KnowledgeFormErrors From(IEnumerable<FieldError> problems, IStringLocalizer text) =>
        new(problems.Select(p => (p.Field, Message(p, text))).Distinct().ToList());

    public bool Any => _messages.Count > 0;

    public IReadOnlyList<(string Field, string Message)> All => _messages;

    public bool Has(string field) => _messages.Exists(m => string.Equals(m.Field, field, StringComparison.Ordinal));

    public IEnumerable<string> For(string field) => _messages.Where(m => string.Equals(m.Field, field, StringComparison.Ordinal)).Select(m => m.Message);

    /// <summary>The id of the field's message, for <c>aria-describedby</c>; null when the field is fine.</summary>
    public string? DescribedBy(string field, string? help = null) =>
        Has(field) ? (help is null ? field + "-error" : help + " " + field + "-error") : help;

    public string? Invalid(string field) => Has(field) ? "true" : null;

    public static string Message(FieldError problem, IStringLocalizer text)
    {
        var value = problem.Value ?? "";
        if (problem.Code is "knowledge-required" or "knowledge-too-long" && Labels.TryGetValue(value, out var label)) value = text[label];
        return string.Format(CultureInfo.CurrentCulture, text["Error." + problem.Code], value);
    }
}

/// <summary>What the shared field partial (<c>_RecordFields</c>) needs: the values, the kind of record and the errors.</summary>
public sealed record KnowledgeFormView(EditForm Form, KnowledgeKind Kind, KnowledgeFormErrors Errors, bool IsNew);
