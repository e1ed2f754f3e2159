using BoardRoom.App.Data;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Email;

/// <summary>
/// One email a day for those who chose it (<c>/account/email</c>): messages queued for them are held
/// (<see cref="DeliveryStatus.Held"/>) until the next 07:00 London time, then listed, each with its link, in one
/// digest, and marked <see cref="DeliveryStatus.Digested"/> in the same save. Security messages and calendar updates
/// are never held. Once per person and day (the outbox's unique dedupe key), on any number of instances.
/// </summary>
public sealed class DailyDigests(IDbContextFactory<BoardRoomDbContext> dbFactory, EmailComposer composer, TimeProvider clock)
{
    public static readonly TimeOnly SendAt = new(7, 0);

    /// <summary>The first 07:00 in London strictly after <paramref name="now"/>.</summary>
    public static DateTimeOffset NextDigestAt(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(LondonTime.ToLocal(now));
        var at = LondonTime.ToUtc(today, SendAt);
        return at > now ? at : LondonTime.ToUtc(today.AddDays(1), SendAt);
    }

    /// <summary>Queues the digests now due; returns how many were queued.</summary>
    public async Task<int> QueueDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var due = await db.OutboxMessages.Where(m => m.Status == DeliveryStatus.Held && m.NextAttemptAt <= now && m.RecipientId != null)
            .ToListAsync(cancellationToken);
        var queued = 0;
        var day = DateOnly.FromDateTime(LondonTime.ToLocal(now));
        foreach (var held in due.GroupBy(m => m.RecipientId!.Value))
        {
            var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == held.Key, cancellationToken);
            var messages = held.OrderBy(m => m.CreatedAt).ToList();
            foreach (var m in messages)
            {
                (m.Status, m.SentAt) = (DeliveryStatus.Digested, now);
            }
            if (person is not null && !string.IsNullOrWhiteSpace(person.Email))
            {
                await composer.QueueAsync(db, new EmailDraft(
                    EmailKind.DailyDigest, person.Email, person.FullName,
                    messages.Count == 1 ? "Your BoardRoom digest: 1 email" : $"Your BoardRoom digest: {messages.Count} emails",
                    "Your daily digest",
                    [$"What BoardRoom would have emailed you since your last digest, {MeetingTimeText.Day(now)}. Follow each to read it in BoardRoom."],
                    new EmailLink("Choose which emails you get, and how", "/account/email"))
                {
                    RecipientId = person.Id,
                    ListHeading = "Since your last digest",
                    List = messages.Select(m => new EmailLink(m.Subject, m.DigestLink ?? "/", m.Kind.Describe())).ToList(),
                    DedupeKey = $"daily-digest:{person.Id}:{day:yyyy-MM-dd}",
                    Footnote = "You chose one email a day instead of each email at once.",
                }, cancellationToken);
            }
            // Another instance digesting these at the same moment loses on the dedupe key, and theirs is the one.
            if (await EmailComposer.SaveOnceAsync(db, cancellationToken))
            {
                queued++;
            }
        }
        return queued;
    }
}
