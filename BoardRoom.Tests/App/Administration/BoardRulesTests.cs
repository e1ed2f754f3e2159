using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.Administration;
using BoardRoom.Core.Common;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoardRoom.Tests.App.Administration;

public sealed class BoardRulesTests : BoardRoomComponentTest
{
    [Fact]
    public async Task TheSecretariat_SetsTheBoardsQuorumAndReservedBusinessLine()
    {
        await SignInAsAsync("priya.raman@rdfb.example", "Priya Raman");
        var rules = Services.GetRequiredService<BoardRules>();

        await rules.SetBoardRulesAsync("uk-rare-diseases", 7, quorumRequiresCoChair: false, showReservedBusinessLine: false);

        await using var db = Database.Open();
        var board = await db.Boards.SingleAsync(b => b.Slug == "uk-rare-diseases");
        Assert.Equal((7, false, false), (board.QuorumRule.MinimumMembers, board.QuorumRule.RequiresCoChair, board.ShowReservedBusinessLine));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(99)]
    public async Task AnImpossibleQuorum_IsRefused_AndTheRuleIsUnchanged(int minimum)
    {
        await SignInAsAsync("priya.raman@rdfb.example", "Priya Raman");
        var rules = Services.GetRequiredService<BoardRules>();

        await Assert.ThrowsAsync<DomainRuleException>(() => rules.SetBoardRulesAsync("uk-rare-diseases", minimum, true, true));

        await using var db = Database.Open();
        Assert.Equal(5, (await db.Boards.SingleAsync(b => b.Slug == "uk-rare-diseases")).QuorumRule.MinimumMembers);
    }

    [Fact]
    public async Task AMember_CannotChangeTheRules()
    {
        await SignInAsAsync("aisha.rahman@rdfb.example", "Aisha Rahman");
        var rules = Services.GetRequiredService<BoardRules>();

        await Assert.ThrowsAsync<AccessDeniedException>(() => rules.SetBoardRulesAsync("uk-rare-diseases", 2, false, false));

        await using var db = Database.Open();
        Assert.Equal(5, (await db.Boards.SingleAsync(b => b.Slug == "uk-rare-diseases")).QuorumRule.MinimumMembers);
    }
}

public sealed class RotationOrderTests : BoardRoomComponentTest
{
    [Fact]
    public async Task ChangingTheRotationOrder_ReplansTheNextMeeting_AndLogsWhy()
    {
        await SignInAsAsync("priya.raman@rdfb.example", "Priya Raman");
        var rules = Services.GetRequiredService<BoardRules>();

        // The past meeting was England's; with Wales next after England, the next meeting is Wales's.
        await rules.SetRotationOrderAsync("uk-rare-diseases",
            [BoardRoom.Core.Boards.Nation.England, BoardRoom.Core.Boards.Nation.Wales, BoardRoom.Core.Boards.Nation.Scotland, BoardRoom.Core.Boards.Nation.NorthernIreland]);

        await using var db = Database.Open();
        var board = await db.Boards.Include(b => b.Members).SingleAsync(b => b.Slug == "uk-rare-diseases");
        var next = (await db.Meetings.Where(m => m.BoardId == board.Id).ToListAsync()).MaxBy(m => m.StartsAt)!;
        Assert.Equal(BoardRoom.Core.Boards.Nation.Wales, board.Members.Single(m => m.Id == next.RotatingCoChairId).Nation);
        Assert.Equal(BoardRoom.Core.Boards.Nation.Wales, board.RotationOrder[1]);
        Assert.True(await db.RotationChanges.AnyAsync(c => c.Reason == "The rotation order changed"));
    }

    [Fact]
    public async Task AnOrderThatRepeatsANation_IsRefused()
    {
        await SignInAsAsync("priya.raman@rdfb.example", "Priya Raman");
        var rules = Services.GetRequiredService<BoardRules>();

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => rules.SetRotationOrderAsync("uk-rare-diseases",
            [BoardRoom.Core.Boards.Nation.England, BoardRoom.Core.Boards.Nation.England, BoardRoom.Core.Boards.Nation.Scotland, BoardRoom.Core.Boards.Nation.Wales]));

        Assert.Contains("each of the four nations exactly once", error.Message);
    }
}
