using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace BoardRoom.Testing.Circuits;

/// <summary>
/// What blazor.web.js reads from a prerendered page to start its circuit: the <c>&lt;!--Blazor:{...}--&gt;</c> markers of
/// the interactive server root components (here HeadOutlet and Routes, in their <c>sequence</c> order) and the protected
/// prerendered state (<c>&lt;!--Blazor-Server-Component-State:...--&gt;</c>), if the page has any.
/// </summary>
public sealed partial record BlazorPageMarkers(IReadOnlyList<JsonObject> ServerComponents, string ApplicationState)
{
    public static BlazorPageMarkers Parse(string html)
    {
        var components = MarkerPattern().Matches(html)
            .Select(m => JsonNode.Parse(WebUtility.HtmlDecode(m.Groups[1].Value)) as JsonObject)
            // End markers carry only a prerenderId; start markers say their type and descriptor.
            .Where(o => o is not null && (string?)o["type"] == "server" && o["descriptor"] is not null)
            .Select(o => o!)
            .OrderBy(o => (int)o["sequence"]!)
            .ToList();
        var state = StatePattern().Match(html);
        return new BlazorPageMarkers(components, state.Success ? state.Groups[1].Value : string.Empty);
    }

    /// <summary>
    /// The first <c>UpdateRootComponents</c> batch as blazor.web.js's RootComponentManager sends it: batch 1, every
    /// server component added with SSR component ids from 1, its marker as found in the page.
    /// </summary>
    public string AddOperationsJson()
    {
        var operations = new JsonArray();
        for (var i = 0; i < ServerComponents.Count; i++)
        {
            operations.Add(new JsonObject
            {
                ["type"] = "add",
                ["ssrComponentId"] = i + 1,
                ["marker"] = ServerComponents[i].DeepClone(),
            });
        }
        return new JsonObject { ["batchId"] = 1, ["operations"] = operations }.ToJsonString();
    }

    [GeneratedRegex(@"<!--\s*Blazor:(\{.*?\})\s*-->", RegexOptions.Singleline)]
    private static partial Regex MarkerPattern();

    [GeneratedRegex(@"<!--\s*Blazor-Server-Component-State:([A-Za-z0-9+/=]+)\s*-->")]
    private static partial Regex StatePattern();
}
