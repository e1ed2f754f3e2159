using System.Net;
using System.Text.RegularExpressions;

namespace BoardRoom.Benchmarks;

/// <summary>Signs demo members in to a <see cref="BenchmarkApp"/> through the sign-in form, as a browser does.</summary>
public static partial class BenchmarkSignIn
{
    /// <summary>The password the app gives every demo account (<c>BoardRoom:DemoPassword</c>).</summary>
    public const string DemoPassword = "Demo-Board-2026!";

    /// <summary>Members and co-chairs of the demo board who may edit minutes.</summary>
    public static readonly IReadOnlyList<string> EditorAccounts =
    [
        "helen.marsh@rdfb.example", "oliver.bennett@rdfb.example", "fiona.macleod@rdfb.example", "rhys.evans@rdfb.example",
        "siobhan.doherty@rdfb.example", "aisha.rahman@rdfb.example", "tom.whitaker@rdfb.example", "grace.okafor@rdfb.example",
        "euan.campbell@rdfb.example", "carys.morgan@rdfb.example",
    ];

    /// <summary>Demo accounts that only read a section in these benchmarks.</summary>
    public static readonly IReadOnlyList<string> ViewerAccounts =
    [
        "priya.raman@rdfb.example", "ben.carter@rdfb.example", "anna.schmidt@rdfb.example", "niamh.kelly@rdfb.example",
        "helena.novak@rdfb.example", "daniel.price@rdfb.example", "sarah.bell@rdfb.example", "marcus.lee@rdfb.example",
    ];

    /// <summary>The session cookies of <paramref name="email"/>; hub connections on them are that member.</summary>
    public static async Task<CookieContainer> SignInAsync(Uri baseAddress, string email)
    {
        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        var page = await client.GetStringAsync(new Uri("account/login", UriKind.Relative));
        var match = TokenPattern().Match(page);
        if (!match.Success)
        {
            throw new InvalidOperationException("No antiforgery token in the sign-in page.");
        }
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(match.Groups[1].Value),
            ["Input.Email"] = email,
            ["Input.Password"] = DemoPassword,
        });
        using var response = await client.PostAsync(new Uri("account/login", UriKind.Relative), form);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed with {(int)response.StatusCode}.");
        }
        return cookies;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
