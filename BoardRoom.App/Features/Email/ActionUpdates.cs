using System.Globalization;
using BoardRoom.App.Data;
using BoardRoom.App.Features.MeetingRun;
using BoardRoom.Core.Actions;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Email;

/// <summary>
/// An owner's update through a reminder link, without signing in: the link names the action and the owner; the owner
/// must still own it and sit on its board (and, for a reserved item, be allowed to read it). The update is recorded
/// as the owner's, in the action's history, as an update from the register would be.
/// </summary>
public sealed class ActionUpdates(IDbContextFactory<BoardRoomDbContext> dbFactory, ActionUpdateLinks links, TimeProvider clock)
{
    public const string NotValid = "This link has expired or no longer opens an action of yours. Sign in to BoardRoom to update your actions in the register.";

    public const int MaxLength = 300;

    public async Task<ActionUpdateView?> GetAsync(string? token)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        if (await LoadAsync(db, token) is not var (action, board, owner))
        {
            return null;
        }
        var recent = action.Updates.OrderByDescending(u => u.At).Take(3)
            .Select(u => $"{LondonTime.ToLocal(u.At).ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}: {(u.NewStatus is { } s ? $"{Registers.ActionRegister.StatusName(s)}. " : string.Empty)}{u.Comment}".Trim())
            .ToList();
        return new ActionUpdateView(action.Reference, action.Description, board.Name, owner, action.DueOn, action.Status, recent);
    }

    public async Task ApplyAsync(string? token, ActionStatus status, string comment)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        if (await LoadAsync(db, token) is not var (action, _, _))
        {
            throw new DomainRuleException(NotValid);
        }
        var text = (comment ?? string.Empty).Trim();
        if (text.Length > MaxLength)
        {
            throw new DomainRuleException($"Keep the update to one line ({MaxLength} characters).");
        }
        action.Update(action.OwnerPersonId!.Value, clock.GetUtcNow(), text, status);
        await db.SaveChangesAsync();
    }

    private async Task<(ActionItem Action, Board Board, string Owner)?> LoadAsync(BoardRoomDbContext db, string? token)
    {
        if (links.Read(token) is not var (actionId, ownerId))
        {
            return null;
        }
        var action = await db.Actions.Include(a => a.Updates).Include(a => a.Changes).FirstOrDefaultAsync(a => a.Id == actionId);
        if (action is null || action.OwnerPersonId != ownerId)
        {
            return null;
        }
        var board = await db.Boards.Include(b => b.Members).AsNoTracking().SingleAsync(b => b.Id == action.BoardId);
        var seat = board.ActiveMembershipOf(ownerId);
        var reserved = await db.AgendaItems.AnyAsync(i => i.Id == action.AgendaItemId && i.IsReserved);
        if (seat is null || (reserved && !seat.Can(BoardCapability.ViewReservedBusiness)))
        {
            return null;
        }
        var owner = await db.People.Where(p => p.Id == ownerId).Select(p => p.FullName).SingleAsync();
        return (action, board, owner);
    }
}
