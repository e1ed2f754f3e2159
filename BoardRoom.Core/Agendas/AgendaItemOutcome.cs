namespace BoardRoom.Core.Agendas;

/// <summary>What became of an item at its meeting; the minutes say it, and count only the business actually taken.</summary>
public enum AgendaItemOutcome
{
    /// <summary>The meeting has not reached it (yet): it is still to be held or running.</summary>
    Pending,

    /// <summary>It was the current item at some point of the meeting.</summary>
    Taken,

    /// <summary>Not reached; carried to the next meeting of the series.</summary>
    CarriedForward,

    /// <summary>Not reached; deferred with no date.</summary>
    Deferred,

    /// <summary>A standing item not reached: the next agenda has it anyway, from the series' template.</summary>
    NotReached,
}
