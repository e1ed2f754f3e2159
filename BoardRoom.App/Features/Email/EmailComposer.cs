using BoardRoom.App.Data;
using BoardRoom.Core.Notifications;
using BoardRoom.Publishing.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Utils;

namespace BoardRoom.App.Features.Email;

/// <summary>
/// Renders a draft as a MIME message (HTML and plain text, with a Message-Id fixed now) and adds it to the outbox
/// of the caller's context, so it is saved in the caller's SaveChanges with the change that caused it, or not at all
/// (docs/decisions/011). Non-security messages carry List-Unsubscribe (RFC 2369, one-click RFC 8058) and a link;
/// they are not queued for someone who unsubscribed from their kind.
/// </summary>
public sealed class EmailComposer(IOptions<EmailOptions> options, PublicLinks links, UnsubscribeTokens unsubscribe, TimeProvider clock)
{
    /// <summary>Adds the message to <paramref name="db"/> (not saved); false when the person opted out of its kind.</summary>
    public async Task<bool> QueueAsync(BoardRoomDbContext db, EmailDraft draft, CancellationToken cancellationToken = default)
    {
        if (draft.Kind.HasUnsubscribe() && draft.RecipientId is { } person
            && await db.EmailOptOuts.AnyAsync(o => o.PersonId == person && o.Kind == draft.Kind, cancellationToken))
        {
            return false;
        }
        // Held for the person's daily digest, if they chose one; a calendar update is never held, it must reach their calendar.
        var held = draft.Kind.HasUnsubscribe() && draft.Invite is null && draft.RecipientId is { } reader
            && await db.EmailDailyDigests.AnyAsync(d => d.PersonId == reader, cancellationToken);
        var now = clock.GetUtcNow();
        var message = Compose(draft);
        db.OutboxMessages.Add(new OutboxMessage
        {
            BoardId = draft.BoardId,
            RecipientId = draft.RecipientId,
            Kind = draft.Kind,
            ToAddress = draft.ToAddress,
            Subject = draft.Subject,
            MessageId = message.MessageId ?? string.Empty,
            DedupeKey = draft.DedupeKey,
            Mime = ToText(message),
            CreatedAt = now,
            Status = held ? DeliveryStatus.Held : DeliveryStatus.Queued,
            NextAttemptAt = held ? DailyDigests.NextDigestAt(now) : now,
            DigestLink = draft.Action is { } action ? links.Absolute(action.Path) : null,
        });
        return true;
    }

    /// <summary>
    /// Saves a message queued once only (with a <see cref="EmailDraft.DedupeKey"/>): false, and the context cleared,
    /// when another instance queued the same one at the same moment, which is then the one that goes.
    /// </summary>
    public static async Task<bool> SaveOnceAsync(BoardRoomDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    public MimeMessage Compose(EmailDraft draft)
    {
        var settings = options.Value;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(new MailboxAddress(draft.ToName, draft.ToAddress));
        message.Subject = draft.Subject;
        message.Date = clock.GetUtcNow();
        var domain = settings.FromAddress.Contains('@') ? settings.FromAddress[(settings.FromAddress.IndexOf('@') + 1)..] : "boardroom.local";
        message.MessageId = MimeUtils.GenerateMessageId(domain);
        message.Headers.Add("X-BoardRoom-Kind", draft.Kind.ToString());
        // RFC 3834: sent by the app, not a person, so out-of-office replies are not sent back.
        message.Headers.Add("Auto-Submitted", "auto-generated");

        string? unsubscribeUrl = null;
        if (draft.Kind.HasUnsubscribe() && draft.RecipientId is { } person)
        {
            var token = Uri.EscapeDataString(unsubscribe.Create(person, draft.Kind));
            unsubscribeUrl = links.Absolute($"{UnsubscribeTokens.Path}?token={token}");
            message.Headers.Add(HeaderId.ListUnsubscribe, $"<{links.Absolute($"{UnsubscribeTokens.OneClickPath}?token={token}")}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        else if (draft.PublicUnsubscribe is var (page, oneClick))
        {
            unsubscribeUrl = links.Absolute(page);
            message.Headers.Add(HeaderId.ListUnsubscribe, $"<{links.Absolute(oneClick)}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        var body = new BodyBuilder
        {
            TextBody = EmailBodies.Text(draft, links.Absolute, unsubscribeUrl),
            HtmlBody = EmailBodies.Html(draft, links.Absolute, unsubscribeUrl),
        };
        if (draft.Invite is { } meeting)
        {
            var ics = MeetingCalendarWriter.Scheduling(meeting,
                new MeetingCalendarWriter.Mailbox(settings.FromName, settings.FromAddress), new MeetingCalendarWriter.Mailbox(draft.ToName, draft.ToAddress));
            var cancel = meeting.Status == Core.Meetings.MeetingStatus.Cancelled;
            var type = new ContentType("text", "calendar") { Charset = "utf-8" };
            type.Parameters.Add("method", cancel ? "CANCEL" : "REQUEST");
            body.Attachments.Add(cancel ? "cancel.ics" : "invite.ics", System.Text.Encoding.UTF8.GetBytes(ics), type);
        }
        message.Body = body.ToMessageBody();
        return message;
    }

    public static string ToText(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static MimeMessage Parse(string mime)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(mime));
        return MimeMessage.Load(stream);
    }
}
