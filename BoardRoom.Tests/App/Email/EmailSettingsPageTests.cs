using System.Net;
using BoardRoom.App.Features.Email;
using BoardRoom.Core.Notifications;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.Tests.App.Email;

/// <summary>The email settings page over HTTP, as a browser posts it: what is left unticked is recorded as turned off.</summary>
public sealed class EmailSettingsPageTests(AppServerFixture app) : IClassFixture<AppServerFixture>
{
    private const string Member = "aisha.rahman@rdfb.example";

    [Fact]
    public async Task UntickingAKind_TurnsItOff_AndTickingItAgainTurnsItBackOn()
    {
        using var client = await SignIn.SignedInClientAsync(app.Server, Member);
        var page = await client.GetStringAsync("account/email");
        Assert.Contains("data-testid=\"email-AgendaIssued\"", page);
        Assert.DoesNotContain("email-PasswordReset", page);

        await SaveAsync(client, page, EmailKind.SeatOffer, EmailKind.MinutesForReview);
        Assert.Equal(EmailPreferences.Optional.Except([EmailKind.SeatOffer, EmailKind.MinutesForReview]).Order(), await OffAsync());

        var saved = await SaveAsync(client, await client.GetStringAsync("account/email"), [.. EmailPreferences.Optional]);
        Assert.Contains("data-testid=\"email-saved\"", saved);
        Assert.Empty(await OffAsync());
    }

    [Fact]
    public async Task TheSettingsPage_IsForSignedInPeopleOnly()
    {
        using var anonymous = app.Server.CreateClient();
        var response = await anonymous.GetAsync("account/email");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString());
    }

    private static async Task<string> SaveAsync(HttpClient client, string page, params EmailKind[] wanted)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("_handler", "email-preferences"),
            new("__RequestVerificationToken", SignIn.AntiforgeryToken(page)),
        };
        form.AddRange(wanted.Select(k => new KeyValuePair<string, string>("Wanted", k.ToString())));
        var response = await client.PostAsync("account/email", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<IReadOnlyList<EmailKind>> OffAsync()
    {
        await using var db = ServerDatabase.Open(app.Server);
        var person = await db.People.Where(p => p.Email == Member).Select(p => p.Id).SingleAsync();
        return (await db.EmailOptOuts.Where(o => o.PersonId == person).Select(o => o.Kind).ToListAsync()).Order().ToList();
    }
}
