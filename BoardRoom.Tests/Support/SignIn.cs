using System.Net;

namespace BoardRoom.Tests.Support;

/// <summary>Signs in to an <see cref="AppServer"/> through the real sign-in form (<see cref="SignInForm"/>), as a browser would.</summary>
public static class SignIn
{
    public static Task<HttpResponseMessage> PostLoginFormAsync(HttpClient client, string email, string password, string? returnUrl = null, string? tokenOverride = null) =>
        SignInForm.PostAsync(client, email, password, returnUrl, tokenOverride);

    public static async Task<HttpClient> SignedInClientAsync(AppServer server, string email, CookieContainer? cookies = null)
    {
        var client = server.CreateClient(cookies: cookies);
        await SignInForm.SignInAsync(client, email, AppServer.DemoPassword);
        return client;
    }

    /// <summary>A cookie jar holding a signed-in session, for SignalR clients.</summary>
    public static async Task<CookieContainer> SessionCookiesAsync(AppServer server, string email)
    {
        var cookies = new CookieContainer();
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

    public static string AntiforgeryToken(string html) => SignInForm.AntiforgeryToken(html);
}
