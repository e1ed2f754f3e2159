using System.Diagnostics;
using System.Net;
using BoardRoom.App.Features.Access;
using BoardRoom.Tests.Support;

namespace BoardRoom.Tests.App.Account;

/// <summary>
/// The sign-in form cannot be used to learn which accounts exist: a locked-out account and an unknown email get the
/// same answer, and an unknown email costs the same password-hash work. Its own app, since it locks an account out.
/// </summary>
public sealed class LoginProbingTests(AppServerFixture app) : IClassFixture<AppServerFixture>
{
    private const string Real = "anna.schmidt@rdfb.example";
    private AppServer Server => app.Server;

    private async Task<string> AttemptAsync(string email, string password)
    {
        using var client = Server.CreateClient();
        var response = await SignIn.PostLoginFormAsync(client, email, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static string Message(string html)
    {
        var start = html.IndexOf("data-testid=\"login-error\">", StringComparison.Ordinal);
        Assert.True(start > 0, "The form shows an error.");
        start = html.IndexOf('>', start) + 1;
        return html[start..html.IndexOf('<', start)];
    }

    [Fact]
    public async Task ALockedOutAccount_AndAnUnknownEmail_GetTheSameAnswer()
    {
        for (var i = 0; i < 10; i++)
        {
            await AttemptAsync(Real, "wrong-password");
        }

        var locked = Message(await AttemptAsync(Real, AppServer.DemoPassword));
        var unknown = Message(await AttemptAsync("no.such.person@rdfb.example", AppServer.DemoPassword));

        Assert.Equal(unknown, locked);
        Assert.Equal(LoginAttempts.Failed, System.Net.WebUtility.HtmlDecode(unknown));
    }

    [Fact]
    public async Task AnUnknownEmail_CostsAboutWhatARealAccountCosts()
    {
        // Warm both paths, then interleave so machine load falls on both alike.
        await AttemptAsync("helen.marsh@rdfb.example", "wrong-password");
        await AttemptAsync("warm.up@rdfb.example", "wrong-password");
        var real = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            real.Add(await TimeAsync("helen.marsh@rdfb.example"));
            unknown.Add(await TimeAsync($"nobody{i}@rdfb.example"));
        }

        // Before the decoy hash an unknown email answered ~35 times faster; a loose bound keeps the test steady.
        Assert.True(Median(unknown) > Median(real) * 0.4, $"unknown {Median(unknown):F0} ms vs real {Median(real):F0} ms");
    }

    private async Task<double> TimeAsync(string email)
    {
        var watch = Stopwatch.StartNew();
        await AttemptAsync(email, "wrong-password");
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
