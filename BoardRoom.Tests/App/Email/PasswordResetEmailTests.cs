using System.Diagnostics;
using System.Net;
using BoardRoom.App.Features.Access;
using BoardRoom.Tests.Support;

namespace BoardRoom.Tests.App.Email;

/// <summary>
/// "Forgot password?" end to end: the real app on Kestrel sends through a real SMTP server on 127.0.0.1, and the
/// link in the received email sets a new password, once.
/// </summary>
public sealed class PasswordResetEmailTests : IAsyncLifetime
{
    private const string Member = "aisha.rahman@rdfb.example";
    private const string NewPassword = "Fresh-Start-2026!";
    private TestSmtpServer _smtp = null!;
    private AppServer _app = null!;

    public async Task InitializeAsync()
    {
        _smtp = TestSmtpServer.Start();
        _app = await AppServer.StartAsync(settings: _smtp.AppSettings());
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task TheResetEmail_ArrivesWithHtmlAndText_AndItsLinkSetsANewPasswordOnce_EndingOtherSessions()
    {
        using var otherDevice = await SignIn.SignedInClientAsync(_app, Member);
        using var client = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await EmailForms.RequestResetAsync(client, Member)).StatusCode);

        var email = await _smtp.WaitForAsync(Member);
        Assert.Equal("Reset your BoardRoom password", email.Message.Subject);
        Assert.Equal(Member, email.Message.To.Mailboxes.Single().Address);
        Assert.Equal("Aisha Rahman", email.Message.To.Mailboxes.Single().Name);
        Assert.NotNull(email.Message.HtmlBody);
        Assert.Contains("<html lang=\"en-GB\">", email.Message.HtmlBody);
        Assert.Contains("Choose a new password", email.Message.TextBody);
        Assert.False(string.IsNullOrEmpty(email.Message.MessageId));
        // A security message: no unsubscribe, in the header or the body.
        Assert.Null(email.Message.Headers["List-Unsubscribe"]);
        Assert.DoesNotContain("nsubscribe", email.Message.TextBody);

        var link = email.LinkTo(PasswordRecovery.Path);
        Assert.Equal(_app.BaseAddress.Authority, link.Authority);
        Assert.Contains(WebUtility.HtmlEncode(link.ToString()), email.Message.HtmlBody);

        var reset = await EmailForms.ResetAsync(client, link, NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.EndsWith("/account/login?reset=done", reset.Headers.Location!.OriginalString);

        // The new password signs in; the old one no longer does; the other device was signed out.
        using var fresh = _app.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostLoginFormAsync(fresh, Member, NewPassword)).StatusCode);
        using var stale = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await SignIn.PostLoginFormAsync(stale, Member, AppServer.DemoPassword)).StatusCode);
        var home = await otherDevice.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Contains("/account/login", home.Headers.Location!.ToString());

        // The link works once.
        var again = await EmailForms.ResetAsync(_app.CreateClient(), link, "Another-Try-2026!");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(PasswordRecovery.LinkNoLongerValid), await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnUnknownEmail_GetsTheSameAnswer_InSimilarTime_AndNoEmailIsSent()
    {
        const string Unknown = "nobody.here@rdfb.example";
        const string Known = "anna.schmidt@rdfb.example";
        using var client = _app.CreateClient();
        // Warm up both paths once before timing.
        await EmailForms.RequestResetAsync(client, "warm.up@rdfb.example");

        var knownTimes = new List<double>();
        var unknownTimes = new List<double>();
        string? knownPage = null, unknownPage = null;
        for (var i = 0; i < PasswordRecovery.MaxPerHour + 1; i++)
        {
            var watch = Stopwatch.StartNew();
            var known = await EmailForms.RequestResetAsync(client, Known);
            knownTimes.Add(watch.Elapsed.TotalMilliseconds);
            knownPage = await known.Content.ReadAsStringAsync();

            watch.Restart();
            var unknown = await EmailForms.RequestResetAsync(client, Unknown);
            unknownTimes.Add(watch.Elapsed.TotalMilliseconds);
            unknownPage = await unknown.Content.ReadAsStringAsync();
        }
        Assert.Equal(
            EmailForms.Card(knownPage!).Replace(Known, "EMAIL", StringComparison.Ordinal),
            EmailForms.Card(unknownPage!).Replace(Unknown, "EMAIL", StringComparison.Ordinal));
        Assert.Contains("data-testid=\"reset-requested\"", unknownPage);
        // The form only hands the address on; the lookup happens after the answer, so no path is slower.
        var (k, u) = (knownTimes.Order().ElementAt(1), unknownTimes.Order().ElementAt(1));
        Assert.True(Math.Abs(k - u) < 150, $"median known {k:0} ms, unknown {u:0} ms");

        await _smtp.WaitForAsync(Known);
        await Task.Delay(1000);
        Assert.DoesNotContain(_smtp.Received, r => r.EnvelopeTo.Contains(Unknown));
        // At most three reset emails an hour per address, however often the form is sent.
        Assert.Equal(PasswordRecovery.MaxPerHour, _smtp.Received.Count(r => r.EnvelopeTo.Contains(Known)));
    }
}
