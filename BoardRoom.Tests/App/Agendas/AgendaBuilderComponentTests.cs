using BoardRoom.App.Components.Pages.Agendas;
using BoardRoom.App.Data;
using BoardRoom.Core.Meetings;
using BoardRoom.Tests.Support;
using Bunit;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.Tests.App.Agendas;

public sealed class AgendaBuilderComponentTests : BoardRoomComponentTest
{
    private async Task<Meeting> NextMeetingAsync()
    {
        await using var db = Database.Open();
        var board = await db.Boards.SingleAsync(b => b.Slug == DemoSeeder.RareDiseasesSlug);
        return await db.Meetings.Include(m => m.AgendaItems).AsNoTracking()
            .Where(m => m.BoardId == board.Id && m.Status == MeetingStatus.Scheduled).OrderBy(m => m.StartsAt).FirstAsync();
    }

    private async Task<IRenderedComponent<AgendaBuilder>> OpenAsAsync(string email, string name)
    {
        var meeting = await NextMeetingAsync();
        await SignInAsAsync(email, name);
        var page = Render<AgendaBuilder>(p => p.Add(x => x.Id, meeting.Id.ToString()));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=agenda-row]")));
        return page;
    }

    private static List<string> Titles(IRenderedComponent<AgendaBuilder> page) =>
        page.FindAll("[data-testid=agenda-row] [data-testid=item-title]").Select(e => e.TextContent).ToList();

    [Fact]
    public async Task Secretariat_CarriesAnItemOfTheHeldMeetingForward_AndTheNextAgendaShowsWhereItCameFrom()
    {
        var next = await NextMeetingAsync();
        Meeting held;
        await using (var db = Database.Open())
        {
            held = await db.Meetings.Include(m => m.AgendaItems).AsNoTracking()
                .Where(m => m.SeriesId == next.SeriesId && m.StartsAt < next.StartsAt).OrderByDescending(m => m.StartsAt).FirstAsync();
        }
        await SignInAsAsync("priya.raman@rdfb.example", "Priya Raman");
        var page = Render<AgendaBuilder>(p => p.Add(x => x.Id, held.Id.ToString()));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=carry-forward]")));
        var title = held.AgendaItems.First(i => !i.IsStanding && !i.IsReserved).Title;

        page.Find($"button[aria-label='Carry {title} forward to the next meeting']").Click();

        page.WaitForAssertion(() => Assert.Contains($"Carried {title} forward to meeting {next.Number}", page.Find("[data-testid=agenda-announcement]").TextContent));
        var nextPage = Render<AgendaBuilder>(p => p.Add(x => x.Id, next.Id.ToString()));
        nextPage.WaitForAssertion(() => Assert.Equal(title, nextPage.FindAll("[data-testid=agenda-row] [data-testid=item-title]")[^2].TextContent));
        Assert.Contains($"Carried forward from meeting {held.Number}", nextPage.FindAll("[data-testid=agenda-row]")[^2].TextContent);
        var meetingPage = Render<BoardRoom.App.Components.Pages.Meetings.MeetingPage>(p => p.Add(x => x.Id, next.Id.ToString()));
        meetingPage.WaitForAssertion(() => Assert.Contains($"Carried forward from meeting {held.Number}",
            Assert.Single(meetingPage.FindAll("[data-testid=carried-from]")).TextContent));
    }

    [Fact]
    public async Task AMember_IsNotOfferedToCarryItemsForward()
    {
        var page = await OpenAsAsync("aisha.rahman@rdfb.example", "Aisha Rahman");

        Assert.Empty(page.FindAll("[data-testid=carry-forward]"));
    }

    [Fact]
    public async Task Secretariat_MovesAnItemDownWithItsButton_AndHearsWhereItWent()
    {
        var page = await OpenAsAsync("priya.raman@rdfb.example", "Priya Raman");
        var before = Titles(page);

        page.Find($"button[aria-label='Move {before[0]} down']").Click();

        page.WaitForAssertion(() => Assert.Equal(before[0], Titles(page)[1]));
        Assert.Equal(before[1], Titles(page)[0]);
        Assert.Contains($"Moved {before[0]} to position 2 of {before.Count}", page.Find("[data-testid=agenda-announcement]").TextContent);
        Assert.StartsWith("10:00", page.FindAll("[data-testid=item-time]")[0].TextContent);
    }

    [Fact]
    public async Task AltArrowUp_OnAFocusedItem_MovesItUp()
    {
        var page = await OpenAsAsync("priya.raman@rdfb.example", "Priya Raman");
        var before = Titles(page);

        page.FindAll("[data-testid=agenda-row]")[2].KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "ArrowUp", AltKey = true });

        page.WaitForAssertion(() => Assert.Equal(before[2], Titles(page)[1]));
        Assert.Equal(before[1], Titles(page)[2]);
    }

    [Fact]
    public async Task DraggingAnItemOntoTheFirst_PutsItFirst_AndTheStartTimesFollow()
    {
        var page = await OpenAsAsync("priya.raman@rdfb.example", "Priya Raman");
        var before = Titles(page);

        page.FindAll("[data-testid=agenda-row]")[5].DragStart();
        page.FindAll("[data-testid=agenda-row]")[0].Drop();

        page.WaitForAssertion(() => Assert.Equal(before[5], Titles(page)[0]));
        Assert.Equal(before[0], Titles(page)[1]);
        await using var db = Database.Open();
        var stored = await db.AgendaItems.Where(i => i.Title == before[5]).Select(i => i.Position).SingleAsync();
        Assert.Equal(1, stored);
    }

    [Fact]
    public async Task AnItemWithZeroMinutes_ShowsTheServersMessage_AndAddsNothing()
    {
        var page = await OpenAsAsync("priya.raman@rdfb.example", "Priya Raman");
        var count = Titles(page).Count;

        page.Find("#new-item-title").Change("Registry procurement");
        page.Find("#new-item-minutes").Change("0");
        page.Find("[data-testid=new-item-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("must be greater than zero", page.Find("[data-testid=agenda-error]").TextContent));
        Assert.Equal(count, Titles(page).Count);
    }

    [Fact]
    public async Task AddingALongItem_PutsItBeforeAnyOtherBusiness_AndWarnsThatTheAgendaRunsOver()
    {
        var page = await OpenAsAsync("priya.raman@rdfb.example", "Priya Raman");
        Assert.Empty(page.FindAll("[data-testid=agenda-over]"));

        page.Find("#new-item-title").Change("Deep dive: diagnostic odyssey");
        page.Find("#new-item-minutes").Change("45");
        page.Find("[data-testid=new-item-save]").Click();

        page.WaitForAssertion(() => Assert.Equal("Deep dive: diagnostic odyssey", Titles(page)[^2]));
        Assert.Equal("Any other business", Titles(page)[^1]);
        Assert.Contains("runs 35 minutes over", page.Find("[data-testid=agenda-over]").TextContent);
        Assert.Contains("155 of 120 minutes planned", page.Find("[data-testid=agenda-total]").TextContent);
    }

    [Fact]
    public async Task AMember_SeesTheAgendaReadOnly()
    {
        var page = await OpenAsAsync("aisha.rahman@rdfb.example", "Aisha Rahman");

        Assert.Empty(page.FindAll("button[aria-label^='Move']"));
        Assert.Empty(page.FindAll("[data-testid=new-item]"));
        Assert.Empty(page.FindAll("[data-testid=approve-agenda]"));
        Assert.Contains("draft", page.Markup, StringComparison.OrdinalIgnoreCase);
        Assert.All(page.FindAll("[data-testid=agenda-row]"), r => Assert.Equal("false", r.GetAttribute("draggable")));
    }

    [Fact]
    public async Task TheCoChair_ConfirmsAndApprovesTheAgenda_ThePageSaysWho_AndEditingClosesUntilItIsReopened()
    {
        var page = await OpenAsAsync("helen.marsh@rdfb.example", "Helen Marsh");
        var dialogs = Render<MudBlazor.MudDialogProvider>();
        Assert.NotEmpty(page.FindAll("button[aria-label^='Move']"));

        page.Find("[data-testid=approve-agenda]").Click();
        dialogs.WaitForElement("[data-testid=confirm-cancel]").Click();
        Assert.Equal("Draft", page.Find("[data-testid=agenda-status]").TextContent.Trim());
        page.Find("[data-testid=approve-agenda]").Click();
        dialogs.WaitForElement("[data-testid=confirm-ok]").Click();

        page.WaitForAssertion(() => Assert.Equal("Approved", page.Find("[data-testid=agenda-status]").TextContent.Trim()));
        Assert.StartsWith("Approved by Helen Marsh, ", page.Find("[data-testid=agenda-approvals]").TextContent.Trim());
        Assert.Empty(page.FindAll("button[aria-label^='Move']"));
        Assert.Empty(page.FindAll("[data-testid=new-item]"));

        page.Find("[data-testid=reopen-agenda]").Click();

        page.WaitForAssertion(() => Assert.Equal("Draft", page.Find("[data-testid=agenda-status]").TextContent.Trim()));
        Assert.NotEmpty(page.FindAll("[data-testid=new-item]"));
        Assert.Empty(page.FindAll("[data-testid=agenda-approvals]"));
    }

    [Fact]
    public async Task WhereTheBoardNeedsBothCoChairs_OneApproval_LeavesTheAgendaADraft_AndSaysWhoHasApproved()
    {
        await using (var db = Database.Open())
        {
            var board = await db.Boards.SingleAsync(b => b.Slug == "uk-rare-diseases");
            board.SetAgendaApprovalRule(true);
            await db.SaveChangesAsync();
        }
        var page = await OpenAsAsync("helen.marsh@rdfb.example", "Helen Marsh");
        var dialogs = Render<MudBlazor.MudDialogProvider>();

        page.Find("[data-testid=approve-agenda]").Click();
        dialogs.WaitForElement("[data-testid=confirm-ok]").Click();

        page.WaitForAssertion(() => Assert.Contains("Approved so far by Helen Marsh, ", page.Find("[data-testid=agenda-approvals]").TextContent));
        Assert.Contains("it waits for the other co-chair", page.Find("[data-testid=agenda-approvals]").TextContent);
        Assert.Equal("Draft", page.Find("[data-testid=agenda-status]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=approve-agenda]"));
    }

    [Fact]
    public async Task TheSecretariat_IsNotOfferedApproval()
    {
        var page = await OpenAsAsync("priya.raman@rdfb.example", "Priya Raman");

        Assert.Empty(page.FindAll("[data-testid=approve-agenda]"));
        Assert.Contains("The meeting's co-chairs approve the agenda.", page.Markup);
    }
}
