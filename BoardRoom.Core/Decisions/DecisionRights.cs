using BoardRoom.Core.Boards;

namespace BoardRoom.Core.Decisions;

/// <summary>
/// Who may correct, rescind or supersede a decision once recorded: the secretariat, who keep the register, and the
/// co-chairs, who answer for it. Members record decisions in the meeting but do not rewrite them afterwards.
/// </summary>
public static class DecisionRights
{
    public static bool MayCorrect(Decision decision, Membership? membership) =>
        membership is { IsActive: true } && membership.BoardId == decision.BoardId
        && membership.Role is BoardRole.CoChair or BoardRole.Secretariat;
}
