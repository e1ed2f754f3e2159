using BoardRoom.Core.Agendas;
using BoardRoom.Core.Meetings;

namespace BoardRoom.App.Features.Agendas;

/// <summary>A meeting's agenda as the person asking may see it, with what they may do to it.</summary>
public sealed record AgendaView(
    MeetingId MeetingId,
    string Title,
    int Number,
    string BoardName,
    string BoardSlug,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    MeetingStatus Status,
    AgendaStatus AgendaStatus,
    IReadOnlyList<string> CoChairs,
    IReadOnlyList<AgendaItemLine> Items,
    int MinutesPlanned,
    int MinutesAvailable,
    int ReservedItemsHidden,
    int StandingItemsMissing,
    bool CanEdit,
    bool CanApprove)
{
    public bool IsApproved => AgendaStatus == AgendaStatus.Approved;

    /// <summary>Who has approved the agenda as it stands, and when ("Helen Marsh, 1 December 2026 at 10:00"), in order.</summary>
    public IReadOnlyList<string> Approvals { get; init; } = [];

    /// <summary>The board's rule: both co-chairs must approve before the agenda counts as approved.</summary>
    public bool NeedsBothCoChairs { get; init; }

    /// <summary>The person asking has approved it already (and so may not approve again).</summary>
    public bool ApprovedByMe { get; init; }

    /// <summary>The person's seat may read reserved business (their board pack is the full one).</summary>
    public bool ReadsReserved { get; init; }

    public bool IsOver => MinutesPlanned > MinutesAvailable;

    /// <summary>Items can change: the person may edit, the agenda is a draft, and the meeting has not finished.</summary>
    public bool IsEditable => CanEdit && !IsApproved && Status is MeetingStatus.Scheduled or MeetingStatus.InProgress;
}

public sealed record AgendaItemLine(
    AgendaItemId Id,
    int Position,
    string Title,
    AgendaPurpose Purpose,
    string Presenter,
    int MinutesAllotted,
    string Description,
    bool IsReserved,
    bool IsStanding,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    IReadOnlyList<PaperLine> Papers,
    string? CarriedFrom = null);

public sealed record PaperLine(Guid Id, string FileName, long Length, string ContentType)
{
    public string Url => $"/papers/{Id}";

    public string Size => Length switch
    {
        < 1024 => $"{Length} B",
        < 1024 * 1024 => $"{Length / 1024.0:0} KB",
        _ => $"{Length / 1024.0 / 1024.0:0.0} MB",
    };
}

/// <summary>Which meeting something went to: its id, number and start.</summary>
public sealed record MeetingSummaryLine(MeetingId Id, int Number, DateTimeOffset StartsAt);
