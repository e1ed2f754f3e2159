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
    IReadOnlyList<Nation>? RotationOrder = null);

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
