using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.Meetings;
using Microsoft.AspNetCore.Components.Authorization;

namespace BoardRoom.App.Features.Home;

/// <summary>What the home page shows a signed-in person: their next meetings and their open actions.</summary>
public sealed class HomeDashboard(MeetingDirectory meetings, Registers.ActionRegister actions, AuthenticationStateProvider authentication)
{
    public async Task<HomeView> LoadAsync()
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        var name = user.FindFirst(BoardRoomClaims.FullName)?.Value ?? "there";
        var next = await meetings.UpcomingAsync(5);
        var mine = (await actions.SearchAsync(new Registers.ActionQuery(MineOnly: true, OpenOnly: true)))
            .Select(a => new OpenActionLine(a.Reference, a.Description, a.DueOn, a.MeetingTitle, a.IsOverdue)).ToList();
        return new HomeView(name.Split(' ')[0], next, mine);
    }
}

public sealed record HomeView(string FirstName, IReadOnlyList<MeetingSummary> NextMeetings, IReadOnlyList<OpenActionLine> OpenActions);

public sealed record OpenActionLine(string Reference, string Description, DateOnly DueOn, string MeetingTitle, bool IsOverdue);
