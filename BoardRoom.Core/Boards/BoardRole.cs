namespace BoardRoom.Core.Boards;

public enum BoardRole
{
    /// <summary>The permanent co-chair or a nation's senior official who co-chairs in rotation.</summary>
    CoChair,
    Member,
    Secretariat,
    /// <summary>May read the board's papers and minutes; may not edit.</summary>
    Observer,
}
