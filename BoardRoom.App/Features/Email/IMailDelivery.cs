using MimeKit;

namespace BoardRoom.App.Features.Email;

/// <summary>Hands one message on: to an SMTP relay, or to the outbox folder when none is configured.</summary>
public interface IMailDelivery
{
    Task DeliverAsync(Guid outboxId, MimeMessage message, CancellationToken cancellationToken);
}
