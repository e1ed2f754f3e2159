using System.Security.Cryptography;
using BoardRoom.App.Data;
using BoardRoom.App.Features.Email;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Notifications;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Forum;

/// <summary>
/// Members of the public following a board's published minutes by email, with double opt-in: asking sends only a
/// confirmation link (valid for a week); minutes are emailed only once it is followed; every such email carries a
/// one-click unsubscribe. Asking always gets the same answer, whether or not the address already follows the board,
/// and a confirmation is re-sent at most every ten minutes, so the form cannot be used to learn who subscribes or to
/// flood an address.
/// </summary>
public sealed class ForumSubscriptions(IDbContextFactory<BoardRoomDbContext> dbFactory, EmailComposer composer, IDataProtectionProvider protection, TimeProvider clock)
{
    public const string ConfirmPath = "/forum/subscription/confirm";

    public const string UnsubscribePath = "/forum/subscription/unsubscribe";

    public const string OneClickPath = "/forum/subscription/one-click";

    public static readonly TimeSpan ConfirmLifetime = TimeSpan.FromDays(7);

    private static readonly TimeSpan ResendAfter = TimeSpan.FromMinutes(10);

    private readonly ITimeLimitedDataProtector _confirm = protection.CreateProtector("BoardRoom.Forum.Subscription.Confirm.v1").ToTimeLimitedDataProtector();

    private readonly IDataProtector _stop = protection.CreateProtector("BoardRoom.Forum.Subscription.Unsubscribe.v1");

    /// <summary>Asks to follow the board at <paramref name="slug"/>. Refuses only an address that is not one, or an unknown board.</summary>
    public async Task RequestAsync(string slug, string? email, CancellationToken cancellationToken = default)
    {
        var address = Normalise(email);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var board = await db.Boards.AsNoTracking().FirstOrDefaultAsync(b => b.Slug == slug, cancellationToken)
            ?? throw new DomainRuleException("There is no board at this address.");
        var now = clock.GetUtcNow();
        var row = await db.ForumSubscriptions.FirstOrDefaultAsync(s => s.BoardId == board.Id && s.Email == address, cancellationToken);
        if (row is null)
        {
            row = new ForumSubscriptionRow { BoardId = board.Id, Email = address, CreatedAt = now };
            db.ForumSubscriptions.Add(row);
        }
        if (row.IsActive || row.ConfirmationSentAt is { } sent && now - sent < ResendAfter)
        {
            return;
        }
        row.ConfirmationSentAt = now;
        var token = Uri.EscapeDataString(Protect(_confirm.Protect(Payload(row.Id), ConfirmLifetime)));
        await composer.QueueAsync(db, new EmailDraft(
            EmailKind.ForumSubscriptionConfirm, address, address, $"Confirm: email me {board.Name}'s minutes", $"Follow {board.Name}'s minutes",
            [
                $"Someone, we hope you, asked BoardRoom to email this address whenever {board.Name} publishes its minutes.",
                $"Confirm to start. The link works for {ConfirmLifetime.TotalDays:0} days; if you did not ask, ignore this email and nothing more will be sent.",
            ],
            new EmailLink("Confirm my subscription", $"{ConfirmPath}?token={token}"))
        {
            // Not on the board's outbox page: its secretariat must not be able to confirm for someone else.
            BoardName = board.Name,
            BoardPath = $"/forum/{board.Slug}",
        }, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DatabaseProvider.IsUniqueViolation(e))
        {
            // The same address asked twice at once: the other request sends the confirmation.
        }
    }

    /// <summary>The board a confirmation link is for, or null for a link that is not genuine or has expired.</summary>
    public async Task<string?> BoardOfConfirmationAsync(string? token, CancellationToken cancellationToken = default) =>
        Read(_confirm, token) is { } id ? await BoardNameAsync(id, cancellationToken) : null;

    /// <summary>Confirms the subscription (again is harmless); the board's name, or null for a link that is not genuine or has expired.</summary>
    public Task<string?> ConfirmAsync(string? token, CancellationToken cancellationToken = default) =>
        ChangeAsync(Read(_confirm, token), row => (row.ConfirmedAt, row.UnsubscribedAt) = (row.ConfirmedAt ?? clock.GetUtcNow(), null), cancellationToken);

    /// <summary>The board an unsubscribe link is for, or null for a link that is not genuine.</summary>
    public async Task<string?> BoardOfUnsubscribeAsync(string? token, CancellationToken cancellationToken = default) =>
        Read(_stop, token) is { } id ? await BoardNameAsync(id, cancellationToken) : null;

    /// <summary>Stops the emails (again is harmless); the board's name, or null for a link that is not genuine.</summary>
    public Task<string?> UnsubscribeAsync(string? token, CancellationToken cancellationToken = default) =>
        ChangeAsync(Read(_stop, token), row => row.UnsubscribedAt ??= clock.GetUtcNow(), cancellationToken);

    /// <summary>The confirmed, still subscribed addresses of a board, each with its own unsubscribe links.</summary>
    public async Task<IReadOnlyList<(string Email, (string Page, string OneClick) Unsubscribe)>> ActiveAsync(BoardRoomDbContext db, BoardId board)
    {
        var rows = await db.ForumSubscriptions.AsNoTracking().Where(s => s.BoardId == board && s.ConfirmedAt != null && s.UnsubscribedAt == null).ToListAsync();
        return rows.Select(r =>
        {
            var token = Uri.EscapeDataString(Protect(_stop.Protect(Payload(r.Id))));
            return (r.Email, ($"{UnsubscribePath}?token={token}", $"{OneClickPath}?token={token}"));
        }).ToList();
    }

    private async Task<string?> ChangeAsync(Guid? id, Action<ForumSubscriptionRow> change, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.ForumSubscriptions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (row is null)
        {
            return null;
        }
        change(row);
        await db.SaveChangesAsync(cancellationToken);
        return await db.Boards.AsNoTracking().Where(b => b.Id == row.BoardId).Select(b => b.Name).SingleAsync(cancellationToken);
    }

    private async Task<string?> BoardNameAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ForumSubscriptions.AsNoTracking().Where(s => s.Id == id)
            .Join(db.Boards, s => s.BoardId, b => b.Id, (s, b) => b.Name).FirstOrDefaultAsync(cancellationToken);
    }

    private static string Normalise(string? email)
    {
        var text = (email ?? string.Empty).Trim().ToLowerInvariant();
        if (text.Length is 0 or > 320 || !MimeKit.MailboxAddress.TryParse(text, out var parsed) || parsed.Address != text || !text.Contains('@'))
        {
            throw new DomainRuleException("Give an email address, such as name@example.org.");
        }
        return text;
    }

    private static byte[] Payload(Guid id) => id.ToByteArray();

    private static string Protect(byte[] bytes) => WebEncoders.Base64UrlEncode(bytes);

    private static Guid? Read(IDataProtector protector, string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }
        try
        {
            var bytes = protector.Unprotect(WebEncoders.Base64UrlDecode(token));
            return bytes.Length == 16 ? new Guid(bytes) : null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
    }
}
