using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BoardRoom.Tests.Support;

/// <summary>axe-core's WCAG 2.2 AA rules on a page as it stands, and its violations as lines a failing test can print.</summary>
public static class WcagAudit
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    public static Task<AxeResult> RunAsync(IPage page) =>
        page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] } });

    public static IReadOnlyList<string> Violations(AxeResult result, string where = "") =>
        result.Violations.Select(v => $"{where}{v.Id}: {v.Help} at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
}
