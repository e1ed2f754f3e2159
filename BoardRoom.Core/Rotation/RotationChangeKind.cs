namespace BoardRoom.Core.Rotation;

/// <summary>Why a meeting's rotating co-chair changed.</summary>
public enum RotationChangeKind
{
    /// <summary>The meeting had no rotating co-chair and the rotation gave it one.</summary>
    Planned,

    /// <summary>Re-planning (a move, a cancellation, new unavailability, a swap elsewhere) gave the meeting another co-chair.</summary>
    Replanned,

    /// <summary>The meeting lost its rotating co-chair: it was cancelled, or nobody in the rotation is available.</summary>
    Cleared,

    /// <summary>Two meetings exchanged their rotating co-chairs.</summary>
    Swapped,

    /// <summary>Someone chose this meeting's rotating co-chair by hand.</summary>
    Chosen,
}
