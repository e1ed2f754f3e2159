using BoardRoom.Core.Actions;

namespace BoardRoom.Tests.Core.Actions;

public sealed class ActionRagRuleTests
{
    private static readonly DateOnly Agreed = new(2026, 7, 1);
    private static readonly DateOnly Due = new(2026, 9, 30);

    [Theory]
    [InlineData(ActionStatus.Done)]
    [InlineData(ActionStatus.Dropped)]
    public void AClosedAction_IsGrey_EvenWhenPastItsDate(ActionStatus status) =>
        Assert.Equal(ActionRag.Grey, ActionRagRule.Of(status, Agreed, Due, Due.AddDays(30)));

    [Fact]
    public void AnOpenActionPastItsDueDate_IsRed_ButNotOnTheDayItIsDue()
    {
        Assert.Equal(ActionRag.Red, ActionRagRule.Of(ActionStatus.Open, Agreed, Due, Due.AddDays(1)));
        Assert.Equal(ActionRag.Amber, ActionRagRule.Of(ActionStatus.Open, Agreed, Due, Due));
    }

    [Fact]
    public void AnActionDueWithinFourteenDays_IsAmber_AndFifteenDaysOutIsGreen()
    {
        Assert.Equal(ActionRag.Amber, ActionRagRule.Of(ActionStatus.Open, Agreed, Due, Due.AddDays(-14)));
        Assert.Equal(ActionRag.Green, ActionRagRule.Of(ActionStatus.Open, Agreed, Due, Due.AddDays(-15)));
    }

    [Fact]
    public void AnActionInProgressPastHalfItsTime_IsAmber_WhileAnOpenOneIsStillGreen()
    {
        var pastHalf = Agreed.AddDays(50); // 91 days from agreed to due
        Assert.Equal(ActionRag.Amber, ActionRagRule.Of(ActionStatus.InProgress, Agreed, Due, pastHalf));
        Assert.Equal(ActionRag.Green, ActionRagRule.Of(ActionStatus.Open, Agreed, Due, pastHalf));
        Assert.Equal(ActionRag.Green, ActionRagRule.Of(ActionStatus.InProgress, Agreed, Due, Agreed.AddDays(40)));
    }
}
