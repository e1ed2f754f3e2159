using BoardRoom.App.Features.MeetingRun;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoardRoom.Tests.App.MeetingRun;

/// <summary>The next meeting's action log review never shows an observer an action agreed on a reserved item.</summary>
[Trait(TestProvider.Trait, TestProvider.Both)]
public sealed class ReservedActionReviewTests : BoardRoomComponentTest
{
    /// <summary>Two open actions from the past meeting, one on its reserved item; the review as the person sees it.</summary>
    private async Task<List<string>> ReviewAsAsync(string email, string name)
    {
        BoardRoom.Core.Meetings.MeetingId nextId;
        await using (var db = Database.Open())
        {
            var board = await db.Boards.SingleAsync(b => b.Slug == "uk-rare-diseases");
            var meetings = (await db.Meetings.Where(m => m.BoardId == board.Id).Include(m => m.AgendaItems).ToListAsync()).OrderBy(m => m.StartsAt).ToList();
            var (past, next) = (meetings[0], meetings[1]);
            nextId = next.Id;
            var reserved = past.AgendaItems.First(i => i.IsReserved);
            var open = past.AgendaItems.First(i => !i.IsReserved && !i.IsStanding);
            var aisha = await Database.PersonIdAsync("aisha.rahman@rdfb.example");
            var due = DateOnly.FromDateTime(next.StartsAt.UtcDateTime).AddDays(30);
            db.Actions.Add(BoardRoom.Core.Actions.ActionItem.Agree(past, reserved.Id, 92, "Negotiate the confidential supplier terms", aisha, "", "Terms agreed", due, past.StartsAt));
            db.Actions.Add(BoardRoom.Core.Actions.ActionItem.Agree(past, open.Id, 93, "Publish the patient leaflet", aisha, "", "Leaflet online", due, past.StartsAt));
            await db.SaveChangesAsync();
        }
        await SignInAsAsync(email, name);
        var run = Services.GetRequiredService<MeetingRunService>();
        return (await run.GetAsync(nextId.ToString())).Value!.OpenActionsForReview.Select(a => a.Description).ToList();
    }

    [Fact]
    public async Task AnActionAgreedOnAReservedItem_IsReviewedByMembers()
    {
        var review = await ReviewAsAsync("aisha.rahman@rdfb.example", "Aisha Rahman");

        Assert.Contains("Negotiate the confidential supplier terms", review);
        Assert.Contains("Publish the patient leaflet", review);
    }

    [Fact]
    public async Task AnActionAgreedOnAReservedItem_IsNotListedToObservers()
    {
        var review = await ReviewAsAsync("anna.schmidt@rdfb.example", "Anna Schmidt");

        Assert.Contains("Publish the patient leaflet", review);
        Assert.DoesNotContain("Negotiate the confidential supplier terms", review);
    }
}
