using BoardRoom.App.Features.Rotation;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Administration;

/// <summary>
/// The secretariat's commands on single meetings (the Meetings tab's table): moving one to a new date and time, and
/// cancelling one. Members are emailed the change and the rotation of the meetings after it is re-planned; whether a
/// meeting may move is its own rule (<see cref="Meeting.MoveTo"/>).
/// </summary>
public sealed class MeetingScheduling(AdminCommands commands, TimeProvider clock)
{
    /// <summary>Moves a meeting to a new date and London times; the rotation of the meetings after it is re-planned.</summary>
    public async Task MoveMeetingAsync(string? slug, MeetingId meetingId, MoveMeetingForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.End <= form.Start)
        {
            throw new DomainRuleException($"The meeting must end after it starts ({form.Start:HH\\:mm} to {form.End:HH\\:mm}).");
        }
        await using var command = await commands.OpenAsync(slug);
        var meeting = await MeetingAsync(command, meetingId);
        meeting.MoveTo(LondonTime.ToUtc(form.Date, form.Start), form.End - form.Start, clock.GetUtcNow());
        var why = string.IsNullOrWhiteSpace(form.Reason) ? $"{meeting.Title} moved to {AdminCommands.Display(form.Date)}" : Require.Text(form.Reason, "Reason", 500);
        await commands.SaveAndReplanAsync(command, why, [meeting.Id], [new Replanning.Announcement(meeting, form.Reason ?? string.Empty)]);
    }

    public async Task CancelMeetingAsync(string? slug, MeetingId meetingId, string reason)
    {
        var why = Require.Text(reason, "The reason for cancelling", 500);
        await using var command = await commands.OpenAsync(slug);
        var meeting = await MeetingAsync(command, meetingId);
        meeting.Cancel();
        await commands.SaveAndReplanAsync(command, $"{meeting.Title} cancelled: {why}", [meeting.Id], [new Replanning.Announcement(meeting, why)]);
    }

    private static async Task<Meeting> MeetingAsync(AdminCommand command, MeetingId id) =>
        await command.Db.Meetings.FirstOrDefaultAsync(m => m.Id == id && m.BoardId == command.Board.Id)
        ?? throw new DomainRuleException("That meeting is not one of this board's.");
}
