using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using BoardRoom.Tests.Support;

namespace BoardRoom.Tests.App.MeetingRun;

/// <summary>Crafted requests to the minutes page's APIs (captures, comments): refused on the server with a clear message, nothing recorded.</summary>
[Trait(TestProvider.Trait, TestProvider.Both)]
[Collection(AppServerCollection.Name)]
public sealed partial class CaptureEndpointTests(AppServerFixture app)
{
    private async Task<(HttpClient Client, string Token, Guid Meeting, Guid Item)> OpenMinutesAsync(string email)
    {
        var sections = await ServerDatabase.SectionsAsync(app.Server, "uk-rare-diseases");
        await using var db = ServerDatabase.Open(app.Server);
        var meeting = db.AgendaItems.Where(i => i.Id == ServerDatabase.ItemId(sections[0].Id)).Select(i => i.MeetingId).Single().Value;
        var client = await SignIn.SignedInClientAsync(app.Server, email);
        var html = await client.GetStringAsync($"meetings/{meeting}/minutes");
        var token = WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value);
        return (client, token, meeting, sections[7].Id);
    }

    [Fact]
    public async Task AnObserversCraftedDecision_IsRefused_AndNothingIsRecorded()
    {
        var (client, token, meeting, item) = await OpenMinutesAsync("anna.schmidt@rdfb.example");
        var request = new HttpRequestMessage(HttpMethod.Post, $"api/meetings/{meeting}/items/{item}/decisions")
        {
            Content = JsonContent.Create(new { text = "We decided", method = "Consensus" }),
        };
        request.Headers.Add("RequestVerificationToken", token);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Only members who take this board's minutes", await response.Content.ReadAsStringAsync());
        await using var db = ServerDatabase.Open(app.Server);
        Assert.False(db.Decisions.Any(d => d.Text == "We decided"));
    }

    [Fact]
    public async Task ARequestWithoutThePagesToken_IsRefused()
    {
        var (client, _, meeting, item) = await OpenMinutesAsync("priya.raman@rdfb.example");

        var response = await client.PostAsJsonAsync($"api/meetings/{meeting}/items/{item}/decisions", new { text = "Forged", method = "Consensus" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("reload", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ACommentWithoutThePagesToken_IsRefused_AndNothingIsStored()
    {
        var (client, token, _, item) = await OpenMinutesAsync("aisha.rahman@rdfb.example");

        var forged = await client.PostAsJsonAsync($"api/minutes/sections/{item}/comments", new { revision = 0, start = 0, end = 1, text = "Forged comment" });
        using var wrongToken = new HttpRequestMessage(HttpMethod.Post, $"api/minutes/sections/{item}/comments")
        {
            Content = JsonContent.Create(new { revision = 0, start = 0, end = 1, text = "Forged comment" }),
        };
        wrongToken.Headers.Add("RequestVerificationToken", token[..^4] + "AAAA");
        var withWrongToken = await client.SendAsync(wrongToken);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (forged.StatusCode, withWrongToken.StatusCode));
        Assert.Contains("reload", await forged.Content.ReadAsStringAsync());
        Assert.Contains("reload", await withWrongToken.Content.ReadAsStringAsync());
        await using var db = ServerDatabase.Open(app.Server);
        Assert.False(db.CommentThreads.Any(t => t.Replies.Any(r => r.Text == "Forged comment")));
    }

    [Fact]
    public async Task AnActionWithoutAMeasure_GetsAClearError()
    {
        var (client, token, meeting, item) = await OpenMinutesAsync("priya.raman@rdfb.example");
        var request = new HttpRequestMessage(HttpMethod.Post, $"api/meetings/{meeting}/items/{item}/actions")
        {
            Content = JsonContent.Create(new { description = "Do it", ownerOrganisation = "NHS Wales", measure = "", dueOn = "2030-01-01" }),
        };
        request.Headers.Add("RequestVerificationToken", token);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The measure of success is required.", await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("data-antiforgery=\"([^\"]+)\"")]
    private static partial Regex Token();
}
