using System.Text.Json;
using BoardRoom.App.Data;
using BoardRoom.Tests.Support;
using Microsoft.Playwright;
using static BoardRoom.Tests.Support.HubCalls;

namespace BoardRoom.Tests.Browser;

/// <summary>
/// The secretariat changes a member's seat in the admin page (Chromium) while that member has minutes open on a live
/// hub connection: the connection loses the sections it may no longer read at once. On its own app: it demotes and
/// removes demo members.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MinutesAccessRevocationBrowserTests(BrowserFixture browser) : OwnAppBrowserTest(browser)
{
    [Fact]
    public async Task AMemberDemotedToObserver_LosesReservedMinutesAtOnce_AndARemovedMemberLosesThemAll()
    {
        var sections = await ServerDatabase.SectionsAsync(Server, "uk-rare-diseases");
        var reserved = sections.First(s => s.Reserved).Id;
        var open = sections[0].Id;
        await using var typist = await LiveMinutesClient.ConnectAsync(Server, "helen.marsh@rdfb.example");
        await using var aisha = await LiveMinutesClient.ConnectAsync(Server, "aisha.rahman@rdfb.example");
        await using var tom = await LiveMinutesClient.ConnectAsync(Server, "tom.whitaker@rdfb.example");
        await typist.JoinAsync(reserved);
        var aishaJoined = await aisha.JoinAsync(reserved);
        await tom.JoinAsync(open);
        var aishasPage = await MinutesPage.OpenAsync(Browser, Server, "aisha.rahman@rdfb.example");

        await AdminPage.ChangeMemberAsync(Browser, Server, "Aisha Rahman", "Make observer");

        // Her browser's editor stops, empties and says why.
        var section = aishasPage.Section(reserved);
        await Assertions.Expect(section).ToHaveAttributeAsync("data-revoked", "forbidden");
        await Assertions.Expect(section.Locator("[data-readonly]")).ToContainTextAsync("reserved business");
        await Assertions.Expect(aishasPage.Editor(reserved)).ToHaveAttributeAsync("contenteditable", "false");
        Assert.Equal(string.Empty, await aishasPage.TextAsync(reserved));

        await WaitForAsync(() => aisha.Revocations.Count == 1);
        var revoked = aisha.Revocations[0];
        Assert.Equal(reserved, revoked.GetProperty("sectionId").GetGuid());
        Assert.Equal("forbidden", revoked.GetProperty("code").GetString());
        Assert.Contains("reserved business", revoked.GetProperty("message").GetString());
        await WaitForAsync(() => typist.LeavesSeen.Any(l => l.ParticipantId == aishaJoined.You.ParticipantId));
        var seen = aisha.OperationsSeen.Count;
        typist.Insert(0, "Figures the observer may not read. ");
        await typist.WaitUntilSettledAsync();
        await Task.Delay(500);
        Assert.Equal(seen, aisha.OperationsSeen.Count);

        await AdminPage.ChangeMemberAsync(Browser, Server, "Tom Whitaker", "Remove from the board");

        // Removed from his only board, Tom keeps no session at all: he is told (when the message beats the close) and
        // his connection is closed.
        await WaitForAsync(() => tom.Connection.State == Microsoft.AspNetCore.SignalR.Client.HubConnectionState.Disconnected);
        if (tom.Revocations.Count > 0)
        {
            Assert.Equal(open, tom.Revocations[0].GetProperty("sectionId").GetGuid());
            Assert.Equal("forbidden", tom.Revocations[0].GetProperty("code").GetString());
            Assert.Equal(JsonValueKind.String, tom.Revocations[0].GetProperty("message").ValueKind);
        }
    }

    [Fact]
    public async Task AnItemMadeReservedInTheAgenda_IsClosedAtOnceToAnObserverReadingIt()
    {
        var sections = await ServerDatabase.SectionsAsync(Server, "uk-rare-diseases");
        var item = sections[0];
        await using var observer = await LiveMinutesClient.ConnectAsync(Server, "anna.schmidt@rdfb.example");
        await observer.JoinAsync(item.Id);
        Guid meeting;
        await using (var db = ServerDatabase.Open(Server))
        {
            meeting = db.AgendaItems.Where(i => i.Id == ServerDatabase.ItemId(item.Id)).Select(i => i.MeetingId).Single().Value;
        }

        var secretariat = await BrowserSession.SignedInPageAsync(Browser, Server, "priya.raman@rdfb.example");
        await secretariat.GotoAsync($"meetings/{meeting}/agenda");
        await BrowserSession.WaitForInteractiveAsync(secretariat);
        await secretariat.GetByLabel($"Edit {item.Title}").ClickAsync();
        var form = secretariat.Locator("[data-testid=edit-item]");
        await form.GetByText("Reserved business", new() { Exact = false }).ClickAsync();
        await secretariat.Locator("[data-testid=edit-item-save]").ClickAsync();
        await Assertions.Expect(secretariat.Locator("[data-testid=agenda-row]", new() { HasText = item.Title })).ToContainTextAsync("Reserved");

        await WaitForAsync(() => observer.Revocations.Count == 1);
        Assert.Equal(item.Id, observer.Revocations[0].GetProperty("sectionId").GetGuid());
        Assert.Contains("reserved business", observer.Revocations[0].GetProperty("message").GetString());
    }
}
