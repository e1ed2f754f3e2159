using BoardRoom.App.Components.MeetingRun;
using BoardRoom.App.Data;
using BoardRoom.App.Features.MeetingRun;
using BoardRoom.Core.Meetings;
using BoardRoom.Tests.Support;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoardRoom.Tests.App.MeetingRun;

public sealed class DeclareInterestFeedbackTests : BoardRoomComponentTest
{
    [Fact]
    public async Task DeclaringAnInterest_SaysItIsRecorded()
    {
        MeetingId meetingId;
        await using (var db = Database.Open())
        {
            var board = await db.Boards.SingleAsync(b => b.Slug == DemoSeeder.RareDiseasesSlug);
            var meeting = await db.Meetings.Include(m => m.AgendaItems).FirstAsync(m => m.BoardId == board.Id && m.Status == MeetingStatus.Scheduled);
            meeting.Start(DateTimeOffset.UtcNow, confirmedOffSchedule: true);
            await db.SaveChangesAsync();
            meetingId = meeting.Id;
        }
        await SignInAsAsync("aisha.rahman@rdfb.example", "Aisha Rahman");
        var live = (await Services.GetRequiredService<MeetingRunService>().GetAsync(meetingId.ToString())).Value!;
        var panel = Render<DeclareInterest>(p => p.Add(x => x.Live, live));

        panel.Find("[data-testid=declare-interest]").Click();
        panel.Find("[data-testid=declare-text] textarea, textarea[data-testid=declare-text]").Change("Trustee of a charity that applied for funding");
        panel.Find("[data-testid=declare-save]").Click();

        panel.WaitForAssertion(() => Assert.Contains("Your interest in “Welcome, introductions and apologies” is recorded",
            panel.Find("[data-testid=declare-done]").TextContent));
    }
}
