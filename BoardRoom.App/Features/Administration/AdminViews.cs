using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;

namespace BoardRoom.App.Features.Administration;

/// <summary>What the secretariat sees on a board's administration page.</summary>
public sealed record AdminBoard(
    BoardId Id,
    string Name,
    string Slug,
    IReadOnlyList<AdminMember> Members,
    IReadOnlyList<AdminSeries> Series,
    IReadOnlyList<AdminMeeting> Meetings,
    int QuorumMinimumMembers = 5,
    bool QuorumRequiresCoChair = true,
    bool ShowReservedBusinessLine = true,
    IReadOnlyList<Nation>? RotationOrder = null)
{
    /// <summary>Seats offered to people already known to BoardRoom, awaiting their answer.</summary>
    public IReadOnlyList<AdminInvitation> Invitations { get; init; } = [];

    public bool RequiresTwoFactorForOfficers { get; init; }

    public bool AllowsInquorateDecisions { get; init; }

    public int ActionReminderDays { get; init; } = Board.DefaultActionReminderDays;

    public bool AgendaNeedsBothCoChairs { get; init; }
}

/// <summary>A pending invitation, as the inviting board typed it (never what other boards hold about the person).</summary>
public sealed record AdminInvitation(MembershipInvitationId Id, string Name, string Email, BoardRole Role, Nation? Nation, string Organisation);

/// <summary>Either the new member's seat, or the invitation sent to someone who must accept it themselves.</summary>
public sealed record AddMemberResult(MembershipId? Enrolled, MembershipInvitationId? Invited);

public sealed record AdminMember(
    MembershipId Id,
    string FullName,
    string Email,
    BoardRole Role,
    Nation? Nation,
    string Title,
    string Organisation,
    bool IsPermanentCoChair,
    bool HasLogin = true);

public sealed record AdminSeries(
    MeetingSeriesId Id,
    string Name,
    string Cadence,
    DateOnly FirstMeetingOn,
    int DefaultLengthMinutes,
    string Venue,
    string OnlineLink,
    IReadOnlyList<AdminSkipDate> SkipDates,
    IReadOnlyList<BoardRoom.Core.Agendas.StandingItem> StandingItems);

public sealed record AdminSkipDate(DateOnly Date, string Reason);

public sealed record AdminMeeting(
    MeetingId Id,
    int Number,
    string Title,
    string SeriesName,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    MeetingStatus Status,
    BoardRoom.Core.Agendas.AgendaStatus AgendaStatus,
    string RotatingCoChair);
