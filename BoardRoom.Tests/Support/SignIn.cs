using System.Net;
using System.Text.RegularExpressions;

namespace BoardRoom.Tests.Support;

/// <summary>Signs in through the real sign-in form, antiforgery token and all, as a browser would.</summary>
public static partial class SignIn
{
    public static async Task<HttpResponseMessage> PostLoginFormAsync(HttpClient client, string email, string password, string? returnUrl = null, string? tokenOverride = null)
    {
        var page = await client.GetStringAsync("account/login");
        var token = tokenOverride ?? AntiforgeryToken(page);
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        var url = returnUrl is null ? "account/login" : $"account/login?returnUrl={Uri.EscapeDataString(returnUrl)}";
        return await client.PostAsync(url, form);
    }

    public static async Task<HttpClient> SignedInClientAsync(AppServer server, string email, System.Net.CookieContainer? cookies = null)
    {
        var client = server.CreateClient(cookies: cookies);
        var response = await PostLoginFormAsync(client, email, AppServer.DemoPassword);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed with {(int)response.StatusCode}.");
        }
        return client;
    }

    /// <summary>A cookie jar holding a signed-in session, for SignalR clients.</summary>
    public static async Task<System.Net.CookieContainer> SessionCookiesAsync(AppServer server, string email)
    {
        var cookies = new System.Net.CookieContainer();
        using var client = await SignedInClientAsync(server, email, cookies);
        return cookies;
    }

    /// <summary>Signs out with the form a signed-in page carries, as the user menu does; the app answers with a redirect.</summary>
    public static async Task<HttpResponseMessage> SignOutAsync(HttpClient client)
    {
        var page = await client.GetStringAsync("meetings");
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = AntiforgeryToken(page) });
        return await client.PostAsync("account/logout", form);
    }

    public static string AntiforgeryToken(string html)
    {
        var match = TokenPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("No antiforgery token in the page.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
