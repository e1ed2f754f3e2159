using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.People;

namespace BoardRoom.Tests.Core.Boards;

public sealed class BoardTests
{
    private static readonly DateOnly Joined = new(2026, 1, 5);

    [Fact]
    public void AppointingAPermanentCoChair_ReplacesThePreviousOne_SoThereIsOnlyEverOne()
    {
        var board = Board.Create("Framework Board", "framework", "");
        var first = board.AddMember(PersonId.New(), BoardRole.CoChair, null, "", "", Joined);
        var second = board.AddMember(PersonId.New(), BoardRole.CoChair, Nation.Wales, "", "", Joined);

        board.AppointPermanentCoChair(first.Id);
        board.AppointPermanentCoChair(second.Id);

        Assert.Single(board.Members, m => m.IsPermanentCoChair);
        Assert.Equal(second.Id, board.PermanentCoChair!.Id);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(Board.MaxActionReminderDays + 1)]
    public void TheReminderLeadTime_IsFromOneDayToASixWeekCycle_AndARefusalChangesNothing(int days)
    {
        var board = Board.Create("Framework Board", "framework", "");
        board.SetActionReminderDays(14);

        Assert.Throws<DomainRuleException>(() => board.SetActionReminderDays(days));

        Assert.Equal(14, board.ActionReminderDays);
    }

    [Fact]
    public void ANewBoard_RemindsActionOwnersAWeekAhead() =>
        Assert.Equal(7, Board.Create("Framework Board", "framework", "").ActionReminderDays);

    [Fact]
    public void OnlyACoChair_CanBeThePermanentCoChair()
    {
        var board = Board.Create("Framework Board", "framework", "");
        var member = board.AddMember(PersonId.New(), BoardRole.Member, null, "", "", Joined);

        var error = Assert.Throws<DomainRuleException>(() => board.AppointPermanentCoChair(member.Id));

        Assert.Contains("Only a co-chair", error.Message);
        Assert.Null(board.PermanentCoChair);
    }

    [Fact]
    public void RotatingCoChairs_AreTheNationCoChairs_OtherThanThePermanentOne()
    {
        var board = Board.Create("Framework Board", "framework", "");
        var permanent = board.AddMember(PersonId.New(), BoardRole.CoChair, null, "", "", Joined);
        board.AppointPermanentCoChair(permanent.Id);
        foreach (var nation in Enum.GetValues<Nation>())
        {
            board.AddMember(PersonId.New(), BoardRole.CoChair, nation, "", "", Joined);
        }
        board.AddMember(PersonId.New(), BoardRole.Member, Nation.England, "", "", Joined);

        Assert.Equal(Enum.GetValues<Nation>(), board.RotatingCoChairs.Select(m => m.Nation!.Value).Order());
    }

    [Fact]
    public void AddingThePersonTwice_IsRefused()
    {
        var board = Board.Create("Framework Board", "framework", "");
        var person = PersonId.New();
        board.AddMember(person, BoardRole.Member, null, "", "", Joined);

        Assert.Throws<DomainRuleException>(() => board.AddMember(person, BoardRole.Observer, null, "", "", Joined));
        Assert.Single(board.Members);
    }

    [Theory]
    [InlineData(BoardRole.CoChair, true, true, false)]
    [InlineData(BoardRole.Member, true, true, false)]
    [InlineData(BoardRole.Secretariat, true, true, true)]
    [InlineData(BoardRole.Observer, false, false, false)]
    public void Capabilities_FollowTheRole(BoardRole role, bool editsMinutes, bool readsReserved, bool administers)
    {
        var board = Board.Create("Framework Board", "framework", "");
        var person = PersonId.New();
        board.AddMember(person, role, null, "", "", Joined);

        Assert.True(board.Allows(person, BoardCapability.View));
        Assert.Equal(editsMinutes, board.Allows(person, BoardCapability.EditMinutes));
        Assert.Equal(readsReserved, board.Allows(person, BoardCapability.ViewReservedBusiness));
        Assert.Equal(administers, board.Allows(person, BoardCapability.Administer));
    }

    [Fact]
    public void APersonWhoIsNotAMember_MayDoNothing_AndNeitherMayOneWhoLeft()
    {
        var board = Board.Create("Framework Board", "framework", "");
        var leaver = PersonId.New();
        var seat = board.AddMember(leaver, BoardRole.Member, null, "", "", Joined);
        board.RemoveMember(seat.Id, Joined.AddMonths(3));

        foreach (var capability in Enum.GetValues<BoardCapability>())
        {
            Assert.False(board.Allows(PersonId.New(), capability));
            Assert.False(board.Allows(leaver, capability));
        }
    }

    [Fact]
    public void ThePermanentCoChair_CannotLeaveOrBeDemoted_UntilReplaced()
    {
        var board = Board.Create("Framework Board", "framework", "");
        var permanent = board.AddMember(PersonId.New(), BoardRole.CoChair, null, "", "", Joined);
        board.AppointPermanentCoChair(permanent.Id);

        Assert.Throws<DomainRuleException>(() => board.RemoveMember(permanent.Id, Joined.AddDays(1)));
        Assert.Throws<DomainRuleException>(() => board.ChangeRole(permanent.Id, BoardRole.Member, null));
        Assert.True(permanent.IsActive);
        Assert.Equal(BoardRole.CoChair, permanent.Role);
    }

    [Theory]
    [InlineData("Has Spaces")]
    [InlineData("trailing-")]
    [InlineData("")]
    [InlineData("double--hyphen")]
    public void ABoardAddressMustBeASimpleSlug(string slug)
    {
        Assert.Throws<DomainRuleException>(() => Board.Create("Board", slug, ""));
    }
}
