namespace BoardRoom.App.Features.Email;

/// <summary>"BoardRoom:Email:Smtp": the relay to send through. No host means no SMTP (outbox only).</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? User { get; set; }

    public string? Password { get; set; }

    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;

    /// <summary>Connect, send and disconnect each within this time.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);
}
