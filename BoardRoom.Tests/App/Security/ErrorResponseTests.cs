using System.Net;
using System.Text;
using BoardRoom.Tests.Support;

namespace BoardRoom.Tests.App.Security;

/// <summary>
/// The demo runs in the Development environment, yet nobody is shown a stack trace: unreadable requests get a plain
/// problem description, failures the friendly error page.
/// </summary>
[Collection(AppServerCollection.Name)]
public sealed class ErrorResponseTests(AppServerFixture app)
{
    [Fact]
    public async Task AnUnreadableRequestBody_GetsAPlainProblem_NotAStackTrace()
    {
        using var client = await SignIn.SignedInClientAsync(app.Server, "aisha.rahman@rdfb.example");
        var ids = await ServerDatabase.SectionsAsync(app.Server, "uk-rare-diseases");
        await using var db = ServerDatabase.Open(app.Server);
        var itemId = ServerDatabase.ItemId(ids[1].Id);
        var meetingId = db.AgendaItems.Where(i => i.Id == itemId).Select(i => i.MeetingId).Single();

        var response = await client.PostAsync($"api/meetings/{meetingId.Value}/items/{itemId.Value}/decisions",
            new StringContent("{bad json", Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("could not be read", body);
        Assert.DoesNotContain("   at ", body);
        Assert.DoesNotContain("Exception", body);
    }

    [Fact]
    public async Task TheErrorPage_IsFriendly_AndGivesOnlyAReference()
    {
        using var client = app.Server.CreateClient();

        var html = await client.GetStringAsync("error");

        Assert.Contains("Something went wrong", html);
        Assert.DoesNotContain("   at ", html);
    }
}
