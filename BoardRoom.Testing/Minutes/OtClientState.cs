namespace BoardRoom.Testing.Minutes;

/// <summary>Where an <see cref="OtClient"/> stands with the server (the three states of ot.js).</summary>
public enum OtClientState
{
    /// <summary>Every local edit is acknowledged.</summary>
    Synchronized,

    /// <summary>One edit is in flight; no other local edit since.</summary>
    AwaitingConfirm,

    /// <summary>One edit is in flight and later local edits wait, composed, in the buffer.</summary>
    AwaitingWithBuffer,
}
