using BoardRoom.App.Data;
using BoardRoom.App.Features.Email;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using MimeKit.Utils;

namespace BoardRoom.Tests.Support;

/// <summary>Outbox rows written straight into a running app's database, as another instance would leave them.</summary>
public static class OutboxRows
{
    public static OutboxMessage Message(string to, string subject, BoardId? board = null)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("BoardRoom", "boardroom@localhost"));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.MessageId = MimeUtils.GenerateMessageId("localhost");
        message.Body = new BodyBuilder { TextBody = $"{subject}\n", HtmlBody = $"<p>{subject}</p>" }.ToMessageBody();
        return new OutboxMessage
        {
            BoardId = board,
            Kind = EmailKind.AgendaIssued,
            ToAddress = to,
            Subject = subject,
            MessageId = message.MessageId,
            Mime = EmailComposer.ToText(message),
            CreatedAt = DateTimeOffset.UtcNow,
            NextAttemptAt = DateTimeOffset.UtcNow,
        };
    }

    public static async Task AddAsync(AppServer server, params OutboxMessage[] messages)
    {
        await using var db = ServerDatabase.Open(server);
        db.OutboxMessages.AddRange(messages);
        await db.SaveChangesAsync();
    }

    public static async Task<OutboxMessage> ReadAsync(AppServer server, Guid id)
    {
        await using var db = ServerDatabase.Open(server);
        return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    /// <summary>The row once it has the status (the SMTP server sees a message just before the sender marks it).</summary>
    public static async Task<OutboxMessage> WaitForStatusAsync(AppServer server, Guid id, DeliveryStatus status)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        var row = await ReadAsync(server, id);
        while (row.Status != status && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
            row = await ReadAsync(server, id);
        }
        return row;
    }

    public static async Task<BoardId> BoardIdAsync(AppServer server, string slug)
    {
        await using var db = ServerDatabase.Open(server);
        return await db.Boards.Where(b => b.Slug == slug).Select(b => b.Id).SingleAsync();
    }
}
