using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;

namespace BoardRoom.App.Features.Access;

/// <summary>An allowed request: who is asking, on which board, in which seat, and (for meeting requests) which meeting.</summary>
public sealed record BoardScope(PersonId Person, Board Board, Membership Seat, Meeting? Meeting = null)
{
    public bool Can(BoardCapability capability) => Seat.Can(capability);

    public bool ReadsReserved => Seat.Can(BoardCapability.ViewReservedBusiness);

    public bool MayRun => Meeting is not null && Board.MayRun(Person, Meeting);

    public bool IsCoChair => Meeting is not null && Board.CoChairsOf(Meeting).Any(c => c.Id == Seat.Id);

    public Meeting RequiredMeeting => Meeting ?? throw new InvalidOperationException("This scope is a board's, not a meeting's.");
}
