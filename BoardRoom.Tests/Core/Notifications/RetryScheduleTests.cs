using BoardRoom.Core.Notifications;

namespace BoardRoom.Tests.Core.Notifications;

public sealed class RetryScheduleTests
{
    private static readonly DateTimeOffset FailedAt = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TheWaitDoublesAfterEachFailure_UpToTheLongest()
    {
        var schedule = new RetrySchedule(TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(5), 10);

        var waits = Enumerable.Range(1, 6).Select(n => schedule.NextAttempt(n, FailedAt)!.Value - FailedAt).ToList();

        Assert.Equal(new[] { 30, 60, 120, 240, 300, 300 }.Select(s => TimeSpan.FromSeconds(s)), waits);
    }

    [Fact]
    public void AfterTheLastAttempt_ThereIsNoNextOne()
    {
        var schedule = RetrySchedule.Default;

        Assert.NotNull(schedule.NextAttempt(schedule.MaxAttempts - 1, FailedAt));
        Assert.Null(schedule.NextAttempt(schedule.MaxAttempts, FailedAt));
    }

    [Fact]
    public void SecurityMessages_AreTheResetAndInvitationLinks_AndNothingElse()
    {
        Assert.Equal([EmailKind.PasswordReset, EmailKind.BoardInvitation], Enum.GetValues<EmailKind>().Where(k => k.IsSecurity()));
    }
}
