namespace BoardRoom.Core.Notifications;

public static class EmailKinds
{
    /// <summary>
    /// Messages that carry a credential (a reset or invitation link): always sent, never unsubscribable, since
    /// turning them off would lock the person out of their own account.
    /// </summary>
    public static bool IsSecurity(this EmailKind kind) => kind is EmailKind.PasswordReset or EmailKind.BoardInvitation;

    /// <summary>
    /// Whether a message carries an unsubscribe link and honours opt-outs: every kind but security messages and the
    /// daily digest (which the person chose instead of separate emails, and turns off on their settings page).
    /// </summary>
    public static bool HasUnsubscribe(this EmailKind kind) => !kind.IsSecurity() && kind != EmailKind.DailyDigest;

    /// <summary>Messages to the public (not to a person with an account), which no account setting turns off.</summary>
    public static bool IsForPublic(this EmailKind kind) => kind is EmailKind.ForumSubscriptionConfirm;

    /// <summary>How the kind is named to a person, e.g. on the unsubscribe page.</summary>
    public static string Describe(this EmailKind kind) => kind switch
    {
        EmailKind.PasswordReset => "password reset",
        EmailKind.BoardInvitation => "invitation to join a board",
        EmailKind.SeatOffer => "seat offers",
        EmailKind.AgendaIssued => "agenda issued",
        EmailKind.MinutesForReview => "minutes circulated for review",
        EmailKind.SignatureRequested => "signature requested",
        EmailKind.ActionReminder => "action reminders",
        EmailKind.MeetingChanged => "meetings moved or cancelled",
        EmailKind.RotationChanged => "co-chair rotation changes",
        EmailKind.MinutesPublished => "minutes published",
        EmailKind.ActionAssigned => "actions assigned to me",
        EmailKind.OverdueDigest => "weekly overdue actions digest",
        EmailKind.ForumSubscriptionConfirm => "forum subscription confirmation",
        EmailKind.DailyDigest => "daily digest",
        _ => kind.ToString(),
    };
}
