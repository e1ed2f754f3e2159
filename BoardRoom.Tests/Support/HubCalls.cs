using System.Text.Json;
using Microsoft.AspNetCore.SignalR;

namespace BoardRoom.Tests.Support;

/// <summary>Small helpers of the hub tests: raw JSON arguments, the error code of a refusal, and waiting for messages.</summary>
public static class HubCalls
{
    public static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    /// <summary>The protocol's error code of a refused call ("malformed" of "malformed: Anchor is past the end").</summary>
    public static string CodeOf(HubException error)
    {
        var message = error.Message;
        var at = message.IndexOf("HubException: ", StringComparison.Ordinal);
        var text = at >= 0 ? message[(at + 14)..] : message;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? text[..colon] : text;
    }

    public static async Task WaitForAsync(Func<bool> condition, double seconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting.");
            await Task.Delay(10);
        }
    }
}
