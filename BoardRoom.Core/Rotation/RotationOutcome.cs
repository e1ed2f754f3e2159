namespace BoardRoom.Core.Rotation;

/// <summary>How a meeting got (or did not get) its rotating co-chair in a plan.</summary>
public enum RotationOutcome
{
    /// <summary>Held, in progress or already started: its co-chair is kept as it is.</summary>
    Held,

    /// <summary>Cancelled: no rotating co-chair, and no turn used.</summary>
    Cancelled,

    /// <summary>The nation whose turn it was in the configured order.</summary>
    RegularTurn,

    /// <summary>A nation that was passed over earlier, repaid at its first meeting since where it is available.</summary>
    OwedTurn,

    /// <summary>The next available nation in order, because the nation(s) whose turn it was are unavailable (and are now owed).</summary>
    PassedOn,

    /// <summary>Kept from a recorded swap or choice by hand.</summary>
    Pinned,

    /// <summary>Nobody in the rotation can chair it.</summary>
    Unassigned,
}
