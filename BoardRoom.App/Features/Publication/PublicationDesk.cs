using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using BoardRoom.Core.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using BoardRoom.Core.Meetings;

namespace BoardRoom.App.Features.Publication;

/// <summary>The publication page's service: the signed-in person's view of a meeting's minutes and the steps they take.</summary>
public sealed class PublicationDesk(MinutesPublisher publisher, CurrentPerson currentPerson, UserManager<ApplicationUser> users, Minutes.MinutesOpenThreads openThreads)
{
    public async Task<Access<PublicationView>> GetAsync(string? meetingId)
    {
        if (!MeetingId.TryParse(meetingId, out var id))
        {
            return Access<PublicationView>.NotFound($"'{meetingId}' is not a meeting address.");
        }
        var access = await publisher.ViewAsync(id, await currentPerson.RequiredIdAsync());
        if (access.Value is not { } view || view.Stage is not (Core.Minutes.Records.MinutesStage.Draft or Core.Minutes.Records.MinutesStage.InReview))
        {
            return access;
        }
        return Access<PublicationView>.Allowed(view with
        {
            OpenThreads = await openThreads.ForMeetingAsync(id, view.Steps.ReadFull),
            OpenSuggestions = await openThreads.SuggestionsForMeetingAsync(id, view.Steps.ReadFull),
        });
    }

    public async Task CirculateAsync(MeetingId id) => await publisher.CirculateAsync(id, await currentPerson.RequiredIdAsync());

    public async Task ReturnToDraftAsync(MeetingId id) => await publisher.ReturnToDraftAsync(id, await currentPerson.RequiredIdAsync());

    public async Task CommentAsync(MeetingId id, string text) => await publisher.CommentAsync(id, await currentPerson.RequiredIdAsync(), text);

    public async Task ApproveAsync(MeetingId id) => await publisher.ApproveAsync(id, await currentPerson.RequiredIdAsync());

    /// <summary>
    /// Signs the minutes once the co-chair has re-entered their password, checked here on the server: a signature puts
    /// their name to the record, so an unattended signed-in browser is not enough. A wrong password signs nothing.
    /// </summary>
    public async Task SignAsync(MeetingId id, string shownSha256, string password)
    {
        var me = await currentPerson.RequiredIdAsync();
        var user = await users.Users.FirstOrDefaultAsync(u => u.PersonId == me);
        if (user is null || string.IsNullOrEmpty(password) || !await users.CheckPasswordAsync(user, password))
        {
            throw new DomainRuleException(WrongPassword);
        }
        await publisher.SignAsync(id, me, shownSha256);
    }

    public const string WrongPassword = "That is not your password: nothing was signed.";

    public async Task ReopenAsync(MeetingId id, string reason) => await publisher.ReopenAsync(id, await currentPerson.RequiredIdAsync(), reason);

    public async Task StartCorrectionAsync(MeetingId id, string reason) => await publisher.StartCorrectionAsync(id, await currentPerson.RequiredIdAsync(), reason);

    /// <summary>Publishes the next version; the PDFs render off the caller's thread, so a page can show progress meanwhile.</summary>
    public async Task<int> PublishAsync(MeetingId id, string correctionNote) => await publisher.PublishAsync(id, await currentPerson.RequiredIdAsync(), correctionNote);
}
