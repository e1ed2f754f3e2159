using BoardRoom.Core.Notifications;
using BoardRoom.Core.People;

namespace BoardRoom.App.Data;

/// <summary>Someone who chose one email a day: their messages (but security messages and calendar updates) are held for it.</summary>
public sealed class EmailDailyDigestRow
{
    public PersonId PersonId { get; set; }

    public DateTimeOffset ChosenAt { get; set; }
}

/// <summary>A person who unsubscribed from one kind of message (never a security kind).</summary>
public sealed class EmailOptOutRow
{
    public PersonId PersonId { get; set; }

    public EmailKind Kind { get; set; }

    public DateTimeOffset At { get; set; }
}
