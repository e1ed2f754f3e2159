namespace BoardRoom.App.Features.Access;

/// <summary>What a caller wants to do with a board or one of its meetings; <see cref="BoardAccess"/> decides.</summary>
public enum BoardRight
{
    /// <summary>See the board, its meetings and their business other than reserved items.</summary>
    View,

    /// <summary>Also see reserved business.</summary>
    ReadReserved,

    /// <summary>Edit the minutes, record decisions and actions.</summary>
    EditMinutes,

    /// <summary>Administer the board (the secretariat).</summary>
    Administer,

    /// <summary>Run a meeting: its co-chairs and the secretariat (meetings only).</summary>
    Run,

    /// <summary>Act as one of the meeting's co-chairs: approve its agenda, sign its minutes (meetings only).</summary>
    CoChair,
}
