using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Rotation;

namespace BoardRoom.Tests.Core.Rotation;

/// <summary>A board whose delivery group meets every six weeks, with one rotating co-chair per nation; ids are predictable.</summary>
internal sealed class RotationCalendar
{
    public static readonly DateTimeOffset FirstMeeting = new(2027, 1, 12, 10, 0, 0, TimeSpan.Zero);

    public static readonly Nation[] DefaultOrder = [Nation.England, Nation.Scotland, Nation.Wales, Nation.NorthernIreland];

    public RotationCalendar(int meetings, params Nation[] order)
    {
        BoardId = new BoardId(IdOf(0xB0A4D, 0));
        Order = order.Length == 0 ? DefaultOrder : order;
        Pool = Order.Select(n => new RotationSeat(SeatOf(n), n)).ToList();
        Meetings = Enumerable.Range(0, meetings)
            .Select(i => new RotationMeeting(MeetingAt(i), BoardId, FirstMeeting.AddDays(42 * i), MeetingStatus.Scheduled, null))
            .ToList();
    }

    public BoardId BoardId { get; }

    public Nation[] Order { get; }

    public List<RotationSeat> Pool { get; }

    public List<RotationMeeting> Meetings { get; }

    /// <summary>Before the first meeting: nothing is held yet.</summary>
    public DateTimeOffset Now { get; set; } = FirstMeeting.AddDays(-1);

    public List<Unavailability> Unavailable { get; } = [];

    public List<RotationPin> Pins { get; } = [];

    public List<RotationSeat> Former { get; } = [];

    public static MembershipId SeatOf(Nation nation) => new(IdOf(0x5EA7, (int)nation));

    public static MeetingId MeetingAt(int index) => new(IdOf(0x3EE7, index));

    public RotationInput Input() => new(BoardId, Pool, Meetings, Now, Unavailable, Pins, Former);

    public RotationPlan Plan() => CoChairRotation.Plan(Input());

    public void Unavailable_(Nation nation, int meeting) => Unavailable.Add(new Unavailability(MeetingAt(meeting), SeatOf(nation)));

    public void Cancel(int meeting) => Meetings[meeting] = Meetings[meeting] with { Status = MeetingStatus.Cancelled };

    /// <summary>Marks the first meetings held with the given co-chairs (null: none recorded).</summary>
    public void Held(params MembershipId?[] coChairs)
    {
        for (var i = 0; i < coChairs.Length; i++)
        {
            Meetings[i] = Meetings[i] with { Status = MeetingStatus.Closed, RotatingCoChairId = coChairs[i] };
        }
        Now = Meetings[coChairs.Length - 1].StartsAt.AddDays(1);
    }

    /// <summary>Stores the plan's co-chairs on the meetings, as the app does after planning.</summary>
    public void Apply(RotationPlan plan)
    {
        for (var i = 0; i < Meetings.Count; i++)
        {
            Meetings[i] = Meetings[i] with { RotatingCoChairId = plan[Meetings[i].Id].CoChairId };
        }
    }

    /// <summary>The nations of the plan's co-chairs in date order ("-" for none), e.g. "E S W N".</summary>
    public static string Sequence(RotationPlan plan) => string.Join(" ", plan.Entries.Select(e => Letter(e.Nation)));

    public static string Letter(Nation? nation) => nation switch
    {
        Nation.England => "E",
        Nation.Scotland => "S",
        Nation.Wales => "W",
        Nation.NorthernIreland => "N",
        _ => "-",
    };

    private static Guid IdOf(int kind, int n) => new($"{kind:x8}-0000-7000-8000-{n:x12}");
}
