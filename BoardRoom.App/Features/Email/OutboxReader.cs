using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using BoardRoom.Core.Boards;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BoardRoom.App.Features.Email;

/// <summary>
/// The Outbox page: the messages about one board, for its secretariat only (BoardRight.Administer). Account messages
/// (password resets) belong to no board and appear on no outbox page.
/// </summary>
public sealed class OutboxReader(IDbContextFactory<BoardRoomDbContext> dbFactory, CurrentPerson currentPerson, IOptions<EmailOptions> options)
{
    public const int Shown = 200;

    public async Task<Access<OutboxView>> GetAsync(string? slug)
    {
        var person = await currentPerson.RequiredIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync();
        BoardScope scope;
        try
        {
            scope = await BoardAccess.ForBoardAsync(db, person, slug, BoardRight.Administer);
        }
        catch (AccessDeniedException refusal)
        {
            return Access<OutboxView>.Denied(refusal);
        }
        BoardId? boardId = scope.Board.Id;
        var rows = await db.OutboxMessages.AsNoTracking().Where(m => m.BoardId == boardId)
            .OrderByDescending(m => m.CreatedAt).Take(Shown).ToListAsync();
        var view = rows.Select(m =>
        {
            var message = EmailComposer.Parse(m.Mime);
            return new OutboxView.Row(
                m.Id, m.CreatedAt, m.ToAddress, m.Subject, m.Kind, m.Status, m.Attempts, m.LastError, m.SentAt, m.NextAttemptAt,
                message.TextBody ?? string.Empty, message.Attachments.Select(Describe).ToList());
        }).ToList();
        return Access<OutboxView>.Allowed(new OutboxView(scope.Board.Name, scope.Board.Slug, options.Value.UsesSmtp, view));
    }

    /// <summary>An attachment as the page names it, e.g. "invite.ics (calendar request)".</summary>
    private static string Describe(MimeKit.MimeEntity part)
    {
        var name = part.ContentDisposition?.FileName ?? part.ContentType.Name ?? "attachment";
        return part.ContentType.IsMimeType("text", "calendar")
            ? $"{name} (calendar {(part.ContentType.Parameters["method"] ?? "entry").ToLowerInvariant()})"
            : $"{name} ({part.ContentType.MimeType})";
    }
}
