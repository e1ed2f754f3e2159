using BoardRoom.Core.Notifications;
using BoardRoom.Core.People;

namespace BoardRoom.App.Data;

/// <summary>A person who unsubscribed from one kind of message (never a security kind).</summary>
public sealed class EmailOptOutRow
{
    public PersonId PersonId { get; set; }

    public EmailKind Kind { get; set; }

    public DateTimeOffset At { get; set; }
}
