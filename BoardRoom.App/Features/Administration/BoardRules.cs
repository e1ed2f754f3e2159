using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;

namespace BoardRoom.App.Features.Administration;

/// <summary>
/// The secretariat's commands on the board's rules (the Rules tab): quorum, the reserved business line, two-factor
/// sign-in for officers, inquorate decisions, action reminders, agenda approval and the rotation order. The rules
/// themselves are the board's (<see cref="Board"/>); a change of rotation order re-plans the meetings not yet held.
/// </summary>
public sealed class BoardRules(AdminCommands commands)
{
    /// <summary>The board's quorum rule and whether its public minutes mention reserved business taken in private.</summary>
    public async Task SetBoardRulesAsync(string? slug, int quorumMinimumMembers, bool quorumRequiresCoChair, bool showReservedBusinessLine)
    {
        // Access first: someone who may not change the rules is told so, not how their input was wrong.
        await using var command = await commands.OpenAsync(slug);
        command.Board.ChangeQuorumRule(new QuorumRule(quorumMinimumMembers, quorumRequiresCoChair));
        command.Board.SetReservedBusinessLine(showReservedBusinessLine);
        await command.Db.SaveChangesAsync();
    }

    /// <summary>Whether the board's co-chairs and secretariat must sign in with an authenticator app as well as a password.</summary>
    public Task SetTwoFactorRuleAsync(string? slug, bool requiredForOfficers) =>
        SaveAsync(slug, board => board.SetTwoFactorRule(requiredForOfficers));

    /// <summary>Whether a decision taken while a meeting is not quorate is refused (false) or recorded to be ratified (true).</summary>
    public Task SetInquorateDecisionRuleAsync(string? slug, bool allowed) =>
        SaveAsync(slug, board => board.SetInquorateDecisionRule(allowed));

    /// <summary>How many days before a series' next meeting action owners are asked for their updates.</summary>
    public Task SetActionReminderDaysAsync(string? slug, int days) =>
        SaveAsync(slug, board => board.SetActionReminderDays(days));

    /// <summary>Whether an agenda needs both co-chairs' approval (true) or one co-chair's (false).</summary>
    public Task SetAgendaApprovalRuleAsync(string? slug, bool bothCoChairs) =>
        SaveAsync(slug, board => board.SetAgendaApprovalRule(bothCoChairs));

    /// <summary>Changes the order in which the nations take their turn, and re-plans the meetings not yet held.</summary>
    public async Task SetRotationOrderAsync(string? slug, IReadOnlyList<Nation> order)
    {
        await using var command = await commands.OpenAsync(slug);
        command.Board.SetRotationOrder(order);
        await commands.SaveAndReplanAsync(command, "The rotation order changed");
    }

    /// <summary>A rule that touches nothing but the board: checked by the board, saved without re-planning.</summary>
    private async Task SaveAsync(string? slug, Action<Board> change)
    {
        await using var command = await commands.OpenAsync(slug);
        change(command.Board);
        await command.Db.SaveChangesAsync();
    }
}
