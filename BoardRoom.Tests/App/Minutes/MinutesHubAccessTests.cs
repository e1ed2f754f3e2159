using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using BoardRoom.App.Features.Minutes.Protocol;
using BoardRoom.Tests.Support;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using static BoardRoom.Tests.Support.HubCalls;

namespace BoardRoom.Tests.App.Minutes;

/// <summary>
/// Who may read and edit a section, decided from the agenda item and the member's declarations at every call. On an
/// app of its own: the tests change items' classification and record declarations, which other tests would notice.
/// </summary>
[Trait(TestProvider.Trait, TestProvider.Both)]
public sealed partial class MinutesHubAccessTests(AppServerFixture app) : IClassFixture<AppServerFixture>
{
    private AppServer Server => app.Server;

    /// <summary>The upcoming meeting's items in agenda order (stable whatever the tests reclassify).</summary>
    private async Task<(Guid Meeting, IReadOnlyList<(Guid Id, bool Reserved)> Items)> ItemsAsync()
    {
        var sections = await ServerDatabase.SectionsAsync(Server, "uk-rare-diseases");
        await using var db = ServerDatabase.Open(Server);
        var meetingId = await db.AgendaItems.Where(i => i.Id == ServerDatabase.ItemId(sections[0].Id)).Select(i => i.MeetingId).SingleAsync();
        var items = await db.AgendaItems.Where(i => i.MeetingId == meetingId).OrderBy(i => i.Position).Select(i => new { i.Id, i.IsReserved }).ToListAsync();
        return (meetingId.Value, items.Select(i => (i.Id.Value, i.IsReserved)).ToList());
    }

    private async Task SetReservedAsync(Guid itemId, bool reserved)
    {
        // As the agenda editor would leave it, without its (or anyone's) help keeping the section in step.
        await using var db = ServerDatabase.Open(Server);
        var changed = await db.Database.ExecuteSqlAsync($"UPDATE \"AgendaItems\" SET \"IsReserved\" = {reserved} WHERE \"Id\" = {itemId}");
        Assert.Equal(1, changed);
    }

    [Fact]
    public async Task AnItemMadeReservedAfterItsMinutesWereWritten_IsNoLongerReadableByObservers()
    {
        var (_, items) = await ItemsAsync();
        var item = items.First(i => !i.Reserved).Id;
        await using var member = await LiveMinutesClient.ConnectAsync(Server, "aisha.rahman@rdfb.example");
        await member.JoinAsync(item);
        member.Insert(0, "Confidential figures follow.");
        await member.WaitUntilSettledAsync();
        await using (var before = await LiveMinutesClient.ConnectAsync(Server, "anna.schmidt@rdfb.example"))
        {
            Assert.False((await before.JoinAsync(item)).CanEdit);
        }

        await SetReservedAsync(item, true);

        await using var observer = await LiveMinutesClient.ConnectAsync(Server, "anna.schmidt@rdfb.example");
        var fresh = await Assert.ThrowsAsync<HubException>(() => observer.Connection.InvokeAsync("JoinSection", new JoinRequest(item, null)));
        var history = await Assert.ThrowsAsync<HubException>(() => observer.Connection.InvokeAsync("JoinSection", new JoinRequest(item, 0)));
        Assert.Equal("forbidden", CodeOf(fresh));
        Assert.Equal("forbidden", CodeOf(history));
        Assert.Contains("reserved business", fresh.Message);
    }

    [Fact]
    public async Task AnItemMadePublic_IsReadableByObservers()
    {
        var (_, items) = await ItemsAsync();
        var item = items.First(i => i.Reserved).Id;
        await using (var member = await LiveMinutesClient.ConnectAsync(Server, "grace.okafor@rdfb.example"))
        {
            await member.JoinAsync(item);
        }

        await SetReservedAsync(item, false);

        await using var observer = await LiveMinutesClient.ConnectAsync(Server, "anna.schmidt@rdfb.example");
        var joined = await observer.JoinAsync(item);
        Assert.False(joined.CanEdit);
    }

    [Fact]
    public async Task AMemberWhoWithdrewFromAnItem_CannotEditItsMinutes_ThroughTheHubOrTheCaptureApi()
    {
        var (meeting, items) = await ItemsAsync();
        var item = items.Where(i => !i.Reserved).Skip(1).First().Id;
        await using (var db = ServerDatabase.Open(Server))
        {
            var tom = await db.People.SingleAsync(p => p.Email == "tom.whitaker@rdfb.example");
            var m = await db.Meetings.Include(x => x.AgendaItems).Include(x => x.Declarations).SingleAsync(x => x.Id == new BoardRoom.Core.Meetings.MeetingId(meeting));
            m.DeclareInterest(ServerDatabase.ItemId(item), tom.Id, "Trustee of an applicant charity", withdraws: true, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        await using var withdrawn = await LiveMinutesClient.ConnectAsync(Server, "tom.whitaker@rdfb.example");
        var joined = await withdrawn.JoinAsync(item);
        Assert.False(joined.CanEdit);
        Assert.Contains("withdrew", joined.ReadOnlyReason);
        var refused = await Assert.ThrowsAsync<HubException>(() => withdrawn.SubmitRawAsync(joined.Revision, Json($"[\"x\", {joined.Text!.Length}]".Replace(", 0]", "]")), 1));
        Assert.Equal("withdrawn", CodeOf(refused));

        var client = await SignIn.SignedInClientAsync(Server, "tom.whitaker@rdfb.example");
        var html = await client.GetStringAsync($"meetings/{meeting}/minutes");
        var request = new HttpRequestMessage(HttpMethod.Post, $"api/meetings/{meeting}/items/{item}/decisions")
        {
            Content = JsonContent.Create(new { text = "Withdrawn member's decision", method = "Consensus" }),
        };
        request.Headers.Add("RequestVerificationToken", WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value));
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("withdrew", await response.Content.ReadAsStringAsync());
        await using var check = ServerDatabase.Open(Server);
        Assert.False(check.Decisions.Any(d => d.Text == "Withdrawn member's decision"));
    }

    [Fact]
    public async Task AnotherAuthorsEditWithTheSameClientIdAndSeq_IsNeverSwallowedAsADuplicate()
    {
        var (_, items) = await ItemsAsync();
        var item = items.Where(i => !i.Reserved).Skip(2).First().Id;
        await using var aisha = await LiveMinutesClient.ConnectAsync(Server, "aisha.rahman@rdfb.example");
        await using var helen = await LiveMinutesClient.ConnectAsync(Server, "helen.marsh@rdfb.example");
        var joined = await aisha.JoinAsync(item);
        await helen.JoinAsync(item);
        var length = joined.Text!.Length;
        string Op(string text) => length == 0 ? $"[\"{text}\"]" : $"[\"{text}\", {length}]";

        await aisha.SubmitRawAsync(joined.Revision, Json(Op("Aisha's line. ")), clientSeq: 5, clientId: "shared-id");
        var taken = await Record.ExceptionAsync(() => helen.SubmitRawAsync(joined.Revision, Json(Op("Helen's line. ")), clientSeq: 5, clientId: "shared-id"));

        // Helen is told the id is someone else's (nothing of hers was stored), never acknowledged with Aisha's revision.
        Assert.Equal("client-id-taken", CodeOf(Assert.IsType<HubException>(taken)));
        Assert.DoesNotContain(helen.Acks, a => a.ClientId == "shared-id");
        await helen.SubmitRawAsync(joined.Revision, Json(Op("Helen's line. ")), clientSeq: 5, clientId: "helen-fresh");
        await WaitForAsync(() => helen.Acks.Any(a => a.ClientId == "helen-fresh"));
        Assert.False(helen.Acks.Single(a => a.ClientId == "helen-fresh").Duplicate);
        var (text, _) = await ServerDatabase.ReplayLogAsync(Server, item);
        Assert.Contains("Aisha's line.", text);
        Assert.Contains("Helen's line.", text);
    }

    [Fact]
    public async Task AResendWithADifferentOperation_IsAConflictingResend_NotADuplicate()
    {
        var (_, items) = await ItemsAsync();
        var item = items.Where(i => !i.Reserved).Skip(3).First().Id;
        await using var aisha = await LiveMinutesClient.ConnectAsync(Server, "aisha.rahman@rdfb.example");
        var joined = await aisha.JoinAsync(item);
        var length = joined.Text!.Length;
        string Op(string text) => length == 0 ? $"[\"{text}\"]" : $"[\"{text}\", {length}]";
        await aisha.SubmitRawAsync(joined.Revision, Json(Op("first")), clientSeq: 1, clientId: "tab-1");

        var error = await Assert.ThrowsAsync<HubException>(() => aisha.SubmitRawAsync(joined.Revision, Json(Op("second")), clientSeq: 1, clientId: "tab-1"));

        Assert.Equal("conflicting-resend", CodeOf(error));
        Assert.Equal(joined.Revision + 1, await ServerDatabase.CountOperationsAsync(Server, item));
        // The same edit re-sent is still the duplicate it always was.
        await aisha.SubmitRawAsync(joined.Revision, Json(Op("first")), clientSeq: 1, clientId: "tab-1");
        await WaitForAsync(() => aisha.Acks.Count(a => a.ClientId == "tab-1") == 2);
        Assert.True(aisha.Acks.Last(a => a.ClientId == "tab-1").Duplicate);
    }

    [Theory]
    [InlineData("past-the-end")]
    [InlineData("inside-a-surrogate-pair")]
    [InlineData("revision-ahead")]
    [InlineData("negative")]
    public async Task AnInvalidCursor_IsMalformed_AndReachesNobody(string what)
    {
        var (_, items) = await ItemsAsync();
        var item = items.Where(i => !i.Reserved).Skip(4).First().Id;
        await using var aisha = await LiveMinutesClient.ConnectAsync(Server, "aisha.rahman@rdfb.example");
        await using var helen = await LiveMinutesClient.ConnectAsync(Server, "helen.marsh@rdfb.example");
        await aisha.JoinAsync(item);
        aisha.Insert(0, "a😀b");
        await aisha.WaitUntilSettledAsync();
        await helen.JoinAsync(item);
        var text = aisha.Text;
        var at = text.IndexOf("😀", StringComparison.Ordinal);
        var rev = aisha.Revision;
        var request = what switch
        {
            "past-the-end" => new PresenceRequest(item, rev, text.Length + 1, text.Length + 1),
            "inside-a-surrogate-pair" => new PresenceRequest(item, rev, at + 1, at + 1),
            "revision-ahead" => new PresenceRequest(item, rev + 5, 0, 0),
            _ => new PresenceRequest(item, rev, 0, -1),
        };
        var seenBefore = helen.PresenceSeen.Count;

        var error = await Assert.ThrowsAsync<HubException>(() => aisha.Connection.InvokeAsync("UpdatePresence", request));

        Assert.Equal("malformed", CodeOf(error));
        // A valid update after it is the first thing Helen hears of Aisha's cursor.
        await aisha.Connection.InvokeAsync("UpdatePresence", new PresenceRequest(item, rev, 1, 1));
        await WaitForAsync(() => helen.PresenceSeen.Count > seenBefore);
        Assert.Equal(1, helen.PresenceSeen.Skip(seenBefore).Single().Participant.Selection!.Anchor);
    }

    [Theory]
    [InlineData("JoinSection", "null")]
    [InlineData("JoinSection", "{\"sectionId\": 12}")]
    [InlineData("JoinSection", "{\"sectionId\": \"not a guid\"}")]
    [InlineData("Submit", "null")]
    [InlineData("Submit", "{\"sectionId\": \"SECTION\", \"clientId\": \"c\", \"clientSeq\": \"one\", \"baseRevision\": 0, \"operation\": [\"x\"]}")]
    [InlineData("Submit", "{\"sectionId\": \"SECTION\", \"clientId\": null, \"clientSeq\": 1, \"baseRevision\": 0, \"operation\": [\"x\"]}")]
    [InlineData("UpdatePresence", "null")]
    [InlineData("UpdatePresence", "{\"sectionId\": \"SECTION\", \"revision\": 0, \"anchor\": \"0\", \"head\": 0}")]
    [InlineData("LeaveSection", "\"not a guid\"")]
    public async Task NullOrWronglyTypedArguments_AreMalformed(string method, string argument)
    {
        var (_, items) = await ItemsAsync();
        var item = items.Where(i => !i.Reserved).Skip(5).First().Id;
        await using var aisha = await LiveMinutesClient.ConnectAsync(Server, "aisha.rahman@rdfb.example");
        await aisha.JoinAsync(item);
        var before = await ServerDatabase.CountOperationsAsync(Server, item);

        var error = await Assert.ThrowsAsync<HubException>(() => aisha.Connection.InvokeAsync(method, Json(argument.Replace("SECTION", item.ToString()))));

        Assert.Equal("malformed", CodeOf(error));
        Assert.Equal(before, await ServerDatabase.CountOperationsAsync(Server, item));
    }

    [GeneratedRegex("data-antiforgery=\"([^\"]+)\"")]
    private static partial Regex Token();
}
