using BoardRoom.App.Features.Meetings;
using BoardRoom.Core.Boards;

namespace BoardRoom.App.Features.Boards;

public sealed record BoardDetails(
    BoardId Id,
    string Name,
    string Slug,
    string Description,
    BoardRole MyRole,
    IReadOnlyList<MemberLine> Members,
    IReadOnlyList<SeriesLine> Series,
    IReadOnlyList<MeetingSummary> UpcomingMeetings);

public sealed record MemberLine(string FullName, BoardRole Role, Nation? Nation, string Title, string Organisation, bool IsPermanentCoChair);

public sealed record SeriesLine(string Name, string Cadence, TimeSpan DefaultLength, string Venue);
