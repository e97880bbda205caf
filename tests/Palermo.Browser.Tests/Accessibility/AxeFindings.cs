using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;

namespace Palermo.Browser.Tests.Accessibility;

/// <summary>The axe violations a page must not have, written so a failing test says what to fix and where.</summary>
public static class AxeFindings
{
    private static readonly string[] Blocking = ["serious", "critical"];

    public static IReadOnlyList<AxeResultItem> Blockers(AxeResult result) =>
        result.Violations.Where(v => Blocking.Contains(v.Impact, StringComparer.Ordinal)).ToList();

    public static string Describe(string url, IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"axe found serious or critical problems on {url}:");
        foreach (var violation in violations)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"- {violation.Id} ({violation.Impact}): {violation.Help} {violation.HelpUrl}");
            foreach (var node in violation.Nodes)
                text.AppendLine().Append(CultureInfo.InvariantCulture, $"    {node.Target} :: {node.Html} :: {Messages(node)}");
        }
        return text.ToString();
    }

    private static string Messages(AxeResultNode node) =>
        string.Join(" | ", new[] { node.Any, node.All, node.None }.Where(checks => checks is not null).SelectMany(checks => checks).Select(check => check.Message));
}
