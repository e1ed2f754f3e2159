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

    /// <summary>A meeting moved or cancelled, with the calendar update (RFC 5546 REQUEST or CANCEL).</summary>
    MeetingChanged,

    /// <summary>The rotation gave a co-chair a meeting to chair, or took one away.</summary>
    RotationChanged,

    /// <summary>Minutes published on the board's forum page.</summary>
    MinutesPublished,

    /// <summary>An action was given to its owner (agreed at a meeting, or the owner changed).</summary>
    ActionAssigned,

    /// <summary>Once a week, to a board's secretariat: its open actions past their due date.</summary>
    OverdueDigest,

    /// <summary>To a member of the public who asked to follow a board's minutes: the link that confirms it (double opt-in).</summary>
    ForumSubscriptionConfirm,

    /// <summary>One email a day, for someone who chose it, listing the messages held for it since the last one.</summary>
    DailyDigest,
}
