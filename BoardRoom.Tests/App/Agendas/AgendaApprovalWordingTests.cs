using BoardRoom.App.Components.Pages.Agendas;
using BoardRoom.App.Features.Agendas;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Meetings;
using BoardRoom.Tests.Support;
using Bunit;

namespace BoardRoom.Tests.App.Agendas;

public sealed class AgendaApprovalWordingTests : BoardRoomComponentTest
{
    [Fact]
    public void AnApprovedAgenda_SaysExactlyWhichCoChairApprovedIt_NeverBoth()
    {
        // One co-chair's approval approves an agenda (the board's default rule).
        var view = new AgendaView(MeetingId.New(), "Delivery Group meeting 18", 18, "UK Rare Diseases Framework Board", "uk-rare-diseases",
            DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddHours(2), MeetingStatus.Scheduled, AgendaStatus.Approved, ["Helen Marsh", "Fiona MacLeod (Scotland)"],
            [], 0, 120, 0, 0, CanEdit: true, CanApprove: true)
        {
            Approvals = ["Helen Marsh, 1 December 2026 at 10:00"],
        };

        var actions = Render<AgendaActions>(p => p.Add(x => x.View, view));

        Assert.DoesNotContain("Approved by the co-chairs", actions.Markup, StringComparison.Ordinal);
        Assert.Equal("Approved by Helen Marsh, 1 December 2026 at 10:00. Reopen it to make changes.",
            actions.Find("[data-testid=agenda-approvals]").TextContent.Trim());
    }
}
