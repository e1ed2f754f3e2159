using System.Net;

namespace BoardRoom.Tests.Support;

/// <summary>The "Forgot password?" and reset forms, posted as a browser would (antiforgery token from the page).</summary>
public static class EmailForms
{
    public static async Task<HttpResponseMessage> RequestResetAsync(HttpClient client, string email)
    {
        var page = await client.GetStringAsync("account/forgot-password");
        return await client.PostAsync("account/forgot-password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "forgot-password",
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(page),
            ["Input.Email"] = email,
        }));
    }

    /// <summary>Opens the reset link and posts a new password through its form.</summary>
    public static async Task<HttpResponseMessage> ResetAsync(HttpClient client, Uri link, string newPassword)
    {
        var page = await client.GetStringAsync(link.PathAndQuery.TrimStart('/'));
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link.Query);
        return await client.PostAsync(link.PathAndQuery.TrimStart('/'), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "reset-password",
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(page),
            ["Input.Email"] = query["email"]!,
            ["Input.Token"] = query["token"]!,
            ["Input.Password"] = newPassword,
            ["Input.Confirm"] = newPassword,
        }));
    }

    /// <summary>The answer card of a page (what the person reads), without the rest of the page.</summary>
    public static string Card(string html)
    {
        var start = html.IndexOf("<main class=\"br-auth-card\">", StringComparison.Ordinal);
        var end = html.IndexOf("</main>", start, StringComparison.Ordinal);
        return start < 0 || end < 0 ? throw new InvalidOperationException("No answer card in the page.") : html[start..end];
    }
}
