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
        var admin = Services.GetRequiredService<BoardAdministration>();

        await admin.SetBoardRulesAsync("uk-rare-diseases", 7, quorumRequiresCoChair: false, showReservedBusinessLine: false);

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
        var admin = Services.GetRequiredService<BoardAdministration>();

        await Assert.ThrowsAsync<DomainRuleException>(() => admin.SetBoardRulesAsync("uk-rare-diseases", minimum, true, true));

        await using var db = Database.Open();
        Assert.Equal(5, (await db.Boards.SingleAsync(b => b.Slug == "uk-rare-diseases")).QuorumRule.MinimumMembers);
    }

    [Fact]
    public async Task AMember_CannotChangeTheRules()
    {
        await SignInAsAsync("aisha.rahman@rdfb.example", "Aisha Rahman");
        var admin = Services.GetRequiredService<BoardAdministration>();

        await Assert.ThrowsAsync<DomainRuleException>(() => admin.SetBoardRulesAsync("uk-rare-diseases", 2, false, false));

        await using var db = Database.Open();
        Assert.Equal(5, (await db.Boards.SingleAsync(b => b.Slug == "uk-rare-diseases")).QuorumRule.MinimumMembers);
    }
}
