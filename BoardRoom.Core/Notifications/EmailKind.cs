namespace BoardRoom.Core.Notifications;

/// <summary>What an email is about. Security messages are always sent; the others can be turned off per person.</summary>
public enum EmailKind
{
    /// <summary>A password-reset link the person asked for.</summary>
    PasswordReset,

    /// <summary>A new member's invitation link to choose a password and join a board.</summary>
    BoardInvitation,

    /// <summary>A seat offered to someone who already has a BoardRoom account.</summary>
    SeatOffer,

    AgendaIssued,

    MinutesForReview,

    SignatureRequested,

    /// <summary>Before a meeting, an action owner's open actions, each with a link to give an update.</summary>
    ActionReminder,
}
