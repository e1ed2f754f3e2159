using BoardRoom.App.Data;
using BoardRoom.Core.Boards;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BoardRoom.Tests.Browser.Journeys;

/// <summary>
/// Two walks of board officers' rules: offering a seat to someone who already uses BoardRoom, and requiring a second
/// factor of officers. Own app: they add a member to a board and change a board's rules.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SeatOfferAndTwoFactorJourneyTests(BrowserFixture browser) : OwnAppBrowserTest(browser)
{
    private const string BoardB = "Newborn Screening Advisory Panel";
    private const string Aisha = "aisha.rahman@rdfb.example";

    [Fact]
    public async Task TheSecretariatOffersASeatToSomeoneWithAnAccount_WhoAcceptsOnHome_AndThenSeesTheBoard()
    {
        // Mark Dunn, the panel's secretariat, adds Aisha by her email: she already has a login, so she is invited.
        var mark = await BrowserSession.OpenAsync(Browser, Server, "mark.dunn@nsap.example", $"boards/{DemoSeeder.NewbornScreeningSlug}/admin");
        await mark.GetByRole(AriaRole.Tab, new() { Name = "Members" }).ClickAsync();
        await mark.FillAsync("#new-member-name", "Aisha Rahman");
        await mark.FillAsync("#new-member-email", Aisha);
        await mark.Locator("[data-testid=add-member]").ClickAsync();
        await Assertions.Expect(mark.Locator("[data-testid=admin-done]")).ToContainTextAsync("already uses BoardRoom, so they have been invited");
        await Assertions.Expect(mark.GetByRole(AriaRole.Heading, new() { Name = "Invited, awaiting their answer" })).ToBeVisibleAsync();
        await Assertions.Expect(mark.Locator("[data-testid=admin-invitation]")).ToContainTextAsync(Aisha);
        await JourneyScreenshots.TakeAsync(mark, "seat-offer-invited-awaiting");
        await mark.Context.CloseAsync();
        var (boardId, aishaId) = await IdsAsync();
        await using (var db = ServerDatabase.Open(Server))
        {
            var offer = await db.MembershipInvitations.SingleAsync(i => i.BoardId == boardId && i.PersonId == aishaId);
            Assert.Equal(MembershipInvitationStatus.Pending, offer.Status);
            Assert.False(await db.Memberships.AnyAsync(m => m.BoardId == boardId && m.PersonId == aishaId));
        }

        // Aisha signs in as herself: Home offers the seat; the panel is not hers until she accepts.
        var aisha = await BrowserSession.OpenAsync(Browser, Server, Aisha, "");
        var offerCard = aisha.Locator("[data-testid=seat-offer]");
        await Assertions.Expect(offerCard).ToContainTextAsync($"{BoardB} invites you to join as");
        await JourneyScreenshots.TakeAsync(aisha, "seat-offer-on-home");
        await aisha.GotoAsync("boards");
        await Assertions.Expect(aisha.GetByRole(AriaRole.Link, new() { Name = BoardB })).ToHaveCountAsync(0);

        await aisha.GotoAsync("");
        await BrowserSession.WaitForInteractiveAsync(aisha);
        await offerCard.Locator("[data-testid=accept-seat]").ClickAsync();
        await Assertions.Expect(offerCard).ToHaveCountAsync(0);
        await aisha.GotoAsync("boards");
        await aisha.GetByRole(AriaRole.Link, new() { Name = BoardB }).ClickAsync();
        await Assertions.Expect(aisha.Locator("h1")).ToHaveTextAsync(BoardB);
        // The panel plans its meetings one by one: its series card says so rather than standing empty.
        await Assertions.Expect(aisha.Locator("[data-testid=no-series]")).ToBeVisibleAsync();
        await JourneyScreenshots.TakeAsync(aisha, "seat-offer-accepted-board");
        await aisha.Context.CloseAsync();

        await using var check = ServerDatabase.Open(Server);
        Assert.Equal(MembershipInvitationStatus.Accepted, (await check.MembershipInvitations.SingleAsync(i => i.BoardId == boardId && i.PersonId == aishaId)).Status);
        Assert.True(await check.Memberships.AnyAsync(m => m.BoardId == boardId && m.PersonId == aishaId && m.LeftOn == null));
    }

    [Fact]
    public async Task WhenTheRulesRequireTwoFactorForOfficers_ACoChairWithoutItIsSentToAccountSecurity()
    {
        var priya = await BrowserSession.OpenAsync(Browser, Server, "priya.raman@rdfb.example", $"boards/{DemoSeeder.RareDiseasesSlug}/admin");
        await AdminPage.TickRulesAsync(priya, "Co-chairs and the secretariat must sign in with an authenticator app");
        await priya.Context.CloseAsync();
        await using (var db = ServerDatabase.Open(Server))
        {
            Assert.True((await db.Boards.SingleAsync(b => b.Slug == DemoSeeder.RareDiseasesSlug)).RequiresTwoFactorForOfficers);
        }

        // Helen, a co-chair with no authenticator, signs in: she is taken to set one up before anything else.
        var helen = await BrowserSession.SignedInPageAsync(Browser, Server, "helen.marsh@rdfb.example");
        await helen.WaitForURLAsync(url => url.Contains("/account/security", StringComparison.Ordinal));
        await helen.GotoAsync("meetings");
        await helen.WaitForURLAsync(url => url.Contains("/account/security", StringComparison.Ordinal));
        await JourneyScreenshots.TakeAsync(helen, "two-factor-required-co-chair");
        await helen.Context.CloseAsync();

        // A member, who is not an officer, is not asked.
        var member = await BrowserSession.SignedInPageAsync(Browser, Server, Aisha);
        await member.GotoAsync("meetings");
        Assert.DoesNotContain("/account/security", member.Url, StringComparison.Ordinal);
        await member.Context.CloseAsync();
    }

    private async Task<(BoardId Board, BoardRoom.Core.People.PersonId Aisha)> IdsAsync()
    {
        await using var db = ServerDatabase.Open(Server);
        var board = await db.Boards.Where(b => b.Slug == DemoSeeder.NewbornScreeningSlug).Select(b => b.Id).SingleAsync();
        var person = await db.People.Where(p => p.Email == Aisha).Select(p => p.Id).SingleAsync();
        return (board, person);
    }
}
