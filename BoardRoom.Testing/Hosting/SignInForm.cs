using System.Net;
using System.Text.RegularExpressions;

namespace BoardRoom.Testing.Hosting;

/// <summary>Signs in through the app's real sign-in form, antiforgery token and all, as a browser does.</summary>
public static partial class SignInForm
{
    /// <summary>Posts the sign-in form that <c>account/login</c> serves, with that page's antiforgery token (or another).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string email, string password, string? returnUrl = null,
        string? tokenOverride = null)
    {
        var page = await client.GetStringAsync(new Uri("account/login", UriKind.Relative));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = tokenOverride ?? AntiforgeryToken(page),
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        var url = returnUrl is null ? "account/login" : $"account/login?returnUrl={Uri.EscapeDataString(returnUrl)}";
        return await client.PostAsync(new Uri(url, UriKind.Relative), form);
    }

    /// <summary>
    /// Signs <paramref name="email"/> in with <paramref name="client"/> (whose cookie jar then holds the session); the app
    /// must answer with a redirect.
    /// </summary>
    public static async Task SignInAsync(HttpClient client, string email, string password = DemoAccounts.Password)
    {
        using var response = await PostAsync(client, email, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed with {(int)response.StatusCode}.");
        }
    }

    /// <summary>The session cookies of <paramref name="email"/> at <paramref name="baseAddress"/>; hub connections on them are that member.</summary>
    public static async Task<CookieContainer> SessionCookiesAsync(Uri baseAddress, string email, string password = DemoAccounts.Password)
    {
        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        await SignInAsync(client, email, password);
        return cookies;
    }

    /// <summary>The antiforgery token of a page's form.</summary>
    public static string AntiforgeryToken(string html)
    {
        var match = TokenPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("No antiforgery token in the page.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
