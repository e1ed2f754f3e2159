using BoardRoom.App.Features.Publication;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoardRoom.Tests.App.Publication;

/// <summary>Signing minutes asks for the co-chair's password again, checked on the server.</summary>
public sealed class SigningWithPasswordTests : BoardRoomComponentTest
{
    private async Task<(MeetingId Meeting, string Hash)> ApprovedCorrectionAsync()
    {
        MeetingId meeting;
        await using (var db = Database.Open())
        {
            meeting = await db.Meetings.Where(m => m.Status == MeetingStatus.Closed).Select(m => m.Id).SingleAsync();
        }
        var publisher = Services.GetRequiredService<MinutesPublisher>();
        var priya = await Database.PersonIdAsync("priya.raman@rdfb.example");
        await publisher.StartCorrectionAsync(meeting, priya, "A name was misspelt");
        await publisher.CirculateAsync(meeting, priya);
        var helen = await Database.PersonIdAsync("helen.marsh@rdfb.example");
        await publisher.ApproveAsync(meeting, helen);
        return (meeting, (await publisher.ViewAsync(meeting, helen)).Value!.FullSha256!);
    }

    [Fact]
    public async Task AWrongPassword_IsRefused_AndNothingIsSigned()
    {
        await SignInAsAsync("helen.marsh@rdfb.example", "Helen Marsh");
        var (meeting, hash) = await ApprovedCorrectionAsync();
        var desk = Services.GetRequiredService<PublicationDesk>();

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => desk.SignAsync(meeting, hash, "not-my-password"));
        await Assert.ThrowsAsync<DomainRuleException>(() => desk.SignAsync(meeting, hash, string.Empty));

        Assert.Equal(PublicationDesk.WrongPassword, error.Message);
        var view = (await desk.GetAsync(meeting.ToString())).Value!;
        Assert.DoesNotContain(view.CoChairs, c => c.SignedAt is not null);
    }

    [Fact]
    public async Task TheRightPassword_Signs()
    {
        await SignInAsAsync("helen.marsh@rdfb.example", "Helen Marsh");
        var (meeting, hash) = await ApprovedCorrectionAsync();
        var desk = Services.GetRequiredService<PublicationDesk>();

        await desk.SignAsync(meeting, hash, AppServer.DemoPassword);

        var view = (await desk.GetAsync(meeting.ToString())).Value!;
        Assert.Single(view.CoChairs, c => c.SignedAt is not null && c.Name.Contains("Helen Marsh", StringComparison.Ordinal));
    }
}
