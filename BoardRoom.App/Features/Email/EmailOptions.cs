namespace BoardRoom.App.Features.Email;

/// <summary>
/// The "BoardRoom:Email" configuration section. With no <see cref="SmtpOptions.Host"/> (the embedded default) messages
/// are delivered to the outbox only: the secretariat reads them on the board's Outbox page, and each is written as
/// an .eml file under the data folder's "outbox" folder.
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "BoardRoom:Email";

    public SmtpOptions Smtp { get; set; } = new();

    public string FromAddress { get; set; } = "boardroom@localhost";

    public string FromName { get; set; } = "BoardRoom";

    /// <summary>
    /// The address links in emails point to, e.g. https://boards.example.org; by default the first address the app
    /// listens on.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>How often the sender looks for due messages when nothing woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a claimed message is held by one sender. Longer than the SMTP timeout, so a slow send is never
    /// claimed a second time while it is still under way.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Delay after the first failure; it doubles after each further one, up to an hour.</summary>
    public TimeSpan FirstRetry { get; set; } = TimeSpan.FromSeconds(30);

    public int MaxAttempts { get; set; } = 8;

    /// <summary>How often the reminder worker looks for meetings coming up.</summary>
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromHours(1);

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);
}
