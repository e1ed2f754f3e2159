using BoardRoom.App.Features.Access;
using BoardRoom.App.Data;
using BoardRoom.App.Features.Administration;
using BoardRoom.App.Features.Boards;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.Tests.App.Administration;

/// <summary>
/// One board's secretariat can never take over, or learn about, a person another board holds: adding a known email
/// only invites, the inviting board sees what it typed, and only the person can accept.
/// </summary>
public sealed class CrossBoardMembershipTests : IAsyncLifetime
{
    private const string NewEmail = "morag.fraser@rdfb.example";
    private const string OtherBoard = DemoSeeder.NewbornScreeningSlug;
    private PlanningHarness _h = null!;

    public async Task InitializeAsync() => _h = await PlanningHarness.CreateAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    /// <summary>Board A adds someone new, who has not chosen a password yet.</summary>
    private async Task AddToFirstBoardAsync()
    {
        var members = await _h.AsAsync<BoardMembers>(PlanningHarness.Secretariat);
        var added = await members.AddMemberAsync(PlanningHarness.Board, new NewMemberForm { Email = NewEmail, FullName = "Morag Fraser", Role = BoardRole.Member });
        Assert.NotNull(added.Enrolled);
    }

    [Fact]
    public async Task AnotherBoardsSecretariat_AddingThatEmail_OnlyInvites_AndSeesOnlyTheNameItTyped()
    {
        await AddToFirstBoardAsync();
        var otherAdminView = await _h.AsAsync<AdminBoardView>(PlanningHarness.OtherBoardSecretariat);
        var otherMembers = await _h.AsAsync<BoardMembers>(PlanningHarness.OtherBoardSecretariat);

        var added = await otherMembers.AddMemberAsync(OtherBoard, new NewMemberForm { Email = NewEmail, FullName = "M. Somebody", Role = BoardRole.Member });

        Assert.Null(added.Enrolled);
        Assert.NotNull(added.Invited);
        var view = (await otherAdminView.GetAsync(OtherBoard)).Value!;
        Assert.DoesNotContain(view.Members, m => m.Email == NewEmail);
        var invitation = Assert.Single(view.Invitations);
        Assert.Equal("M. Somebody", invitation.Name);
        Assert.DoesNotContain("Morag", System.Text.Json.JsonSerializer.Serialize(view));
        await using var db = _h.Open();
        var person = await db.People.SingleAsync(p => p.Email == NewEmail);
        Assert.Equal("Morag Fraser", person.FullName);
        var otherBoard = await db.Boards.SingleAsync(b => b.Slug == OtherBoard);
        Assert.False(await db.Memberships.AnyAsync(m => m.PersonId == person.Id && m.BoardId == otherBoard.Id));
    }

    [Fact]
    public async Task AnotherBoardsSecretariat_CannotObtainASignInLink_ForThatPerson()
    {
        await AddToFirstBoardAsync();
        var otherAdminView = await _h.AsAsync<AdminBoardView>(PlanningHarness.OtherBoardSecretariat);
        var otherMembers = await _h.AsAsync<BoardMembers>(PlanningHarness.OtherBoardSecretariat);
        await otherMembers.AddMemberAsync(OtherBoard, new NewMemberForm { Email = NewEmail, FullName = "M. Somebody" });

        // Not a member of the other board, so there is no row to make a link from; and even a seat held on both
        // boards (as after an accepted invitation) gives neither secretariat a sign-in for them.
        await using (var db = _h.Open())
        {
            var person = await db.People.SingleAsync(p => p.Email == NewEmail);
            var board = await db.Boards.Include(b => b.Members).SingleAsync(b => b.Slug == OtherBoard);
            board.AddMember(person.Id, BoardRole.Member, null, string.Empty, string.Empty, new DateOnly(2026, 12, 1));
            await db.SaveChangesAsync();
        }
        var seat = (await otherAdminView.GetAsync(OtherBoard)).Value!.Members.Single(m => m.Email == NewEmail);
        var links = await _h.AsAsync<MemberInvitations>(PlanningHarness.OtherBoardSecretariat);
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => links.CreateLinkAsync(OtherBoard, seat.Id));
        Assert.Equal(MemberInvitations.OnlyTheirOwnSignIn, refused.Message);
        var own = await _h.AsAsync<MemberInvitations>(PlanningHarness.Secretariat);
        var ownSeat = (await (await _h.AsAsync<AdminBoardView>(PlanningHarness.Secretariat)).GetAsync(PlanningHarness.Board)).Value!.Members.Single(m => m.Email == NewEmail);
        await Assert.ThrowsAsync<DomainRuleException>(() => own.CreateLinkAsync(PlanningHarness.Board, ownSeat.Id));
    }

    [Fact]
    public async Task AddingAnEmailThatHasALogin_EnrolsNobody_UntilThePersonAcceptsThemselves()
    {
        var adminView = await _h.AsAsync<AdminBoardView>(PlanningHarness.OtherBoardSecretariat);
        var members = await _h.AsAsync<BoardMembers>(PlanningHarness.OtherBoardSecretariat);
        var added = await members.AddMemberAsync(OtherBoard, new NewMemberForm { Email = PlanningHarness.Member, FullName = "Aisha", Role = BoardRole.Member });
        Assert.NotNull(added.Invited);
        Assert.DoesNotContain((await adminView.GetAsync(OtherBoard)).Value!.Members, m => m.Email == PlanningHarness.Member);

        // Nobody else can answer for her: not the inviting secretariat, not another member.
        foreach (var who in new[] { PlanningHarness.OtherBoardSecretariat, PlanningHarness.Secretariat })
        {
            var notHers = await _h.AsAsync<SeatInvitations>(who);
            Assert.Empty(await notHers.PendingAsync());
            await Assert.ThrowsAsync<DomainRuleException>(() => notHers.AcceptAsync(added.Invited!.Value));
        }

        var aisha = await _h.AsAsync<SeatInvitations>(PlanningHarness.Member);
        var offer = Assert.Single(await aisha.PendingAsync());
        Assert.Equal(OtherBoard, offer.BoardSlug);
        Assert.Equal(OtherBoard, await aisha.AcceptAsync(offer.Id));

        var view = (await adminView.GetAsync(OtherBoard)).Value!;
        Assert.Contains(view.Members, m => m.Email == PlanningHarness.Member && m.Role == BoardRole.Member);
        Assert.Empty(view.Invitations);
        await Assert.ThrowsAsync<DomainRuleException>(() => aisha.AcceptAsync(offer.Id));
    }

    [Fact]
    public async Task ADeclinedOrWithdrawnInvitation_CannotBeAccepted()
    {
        var adminView = await _h.AsAsync<AdminBoardView>(PlanningHarness.OtherBoardSecretariat);
        var members = await _h.AsAsync<BoardMembers>(PlanningHarness.OtherBoardSecretariat);
        var first = await members.AddMemberAsync(OtherBoard, new NewMemberForm { Email = PlanningHarness.Member, FullName = "Aisha" });
        await members.WithdrawInvitationAsync(OtherBoard, first.Invited!.Value);
        var aisha = await _h.AsAsync<SeatInvitations>(PlanningHarness.Member);
        Assert.Empty(await aisha.PendingAsync());
        await Assert.ThrowsAsync<DomainRuleException>(() => aisha.AcceptAsync(first.Invited!.Value));

        var second = await members.AddMemberAsync(OtherBoard, new NewMemberForm { Email = PlanningHarness.Member, FullName = "Aisha" });
        await aisha.DeclineAsync(second.Invited!.Value);
        await Assert.ThrowsAsync<DomainRuleException>(() => aisha.AcceptAsync(second.Invited!.Value));
        Assert.DoesNotContain((await adminView.GetAsync(OtherBoard)).Value!.Members, m => m.Email == PlanningHarness.Member);
    }

    [Fact]
    public async Task AnotherBoardsSecretariat_CannotWithdrawThisBoardsInvitation()
    {
        var adminView = await _h.AsAsync<AdminBoardView>(PlanningHarness.OtherBoardSecretariat);
        var members = await _h.AsAsync<BoardMembers>(PlanningHarness.OtherBoardSecretariat);
        var added = await members.AddMemberAsync(OtherBoard, new NewMemberForm { Email = PlanningHarness.Member, FullName = "Aisha" });
        var priyaMembers = await _h.AsAsync<BoardMembers>(PlanningHarness.Secretariat);
        await Assert.ThrowsAsync<DomainRuleException>(() => priyaMembers.WithdrawInvitationAsync(PlanningHarness.Board, added.Invited!.Value));
        await Assert.ThrowsAsync<AccessDeniedException>(() => priyaMembers.WithdrawInvitationAsync(OtherBoard, added.Invited!.Value));
        Assert.Single((await adminView.GetAsync(OtherBoard)).Value!.Invitations);
    }
}

/// <summary>Leaving the last board ends the person's sessions (a new security stamp); leaving one of several does not.</summary>
public sealed class LeavingEveryBoardTests : IAsyncLifetime
{
    private PlanningHarness _h = null!;

    public async Task InitializeAsync() => _h = await PlanningHarness.CreateAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private async Task<string?> StampAsync(string email)
    {
        await using var db = _h.Open();
        return await db.Users.Where(u => u.Email == email).Select(u => u.SecurityStamp).SingleAsync();
    }

    [Fact]
    public async Task RemovingAPersonFromTheirOnlyBoard_EndsTheirSessions()
    {
        var adminView = await _h.AsAsync<AdminBoardView>(PlanningHarness.Secretariat);
        var members = await _h.AsAsync<BoardMembers>(PlanningHarness.Secretariat);
        var before = await StampAsync(PlanningHarness.Observer);
        var seat = (await adminView.GetAsync(PlanningHarness.Board)).Value!.Members.Single(m => m.Email == PlanningHarness.Observer);

        await members.RemoveMemberAsync(PlanningHarness.Board, seat.Id);

        Assert.NotEqual(before, await StampAsync(PlanningHarness.Observer));
        Assert.Equal(await StampAsync(PlanningHarness.Member), await StampAsync(PlanningHarness.Member));
    }

    [Fact]
    public async Task RemovingAPersonWhoSitsOnAnotherBoard_KeepsTheirSessions()
    {
        var otherMembers = await _h.AsAsync<BoardMembers>(PlanningHarness.OtherBoardSecretariat);
        var invited = await otherMembers.AddMemberAsync(DemoSeeder.NewbornScreeningSlug, new NewMemberForm { Email = PlanningHarness.Member, FullName = "Aisha" });
        await (await _h.AsAsync<SeatInvitations>(PlanningHarness.Member)).AcceptAsync(invited.Invited!.Value);
        var before = await StampAsync(PlanningHarness.Member);
        var adminView = await _h.AsAsync<AdminBoardView>(PlanningHarness.Secretariat);
        var members = await _h.AsAsync<BoardMembers>(PlanningHarness.Secretariat);
        var seat = (await adminView.GetAsync(PlanningHarness.Board)).Value!.Members.Single(m => m.Email == PlanningHarness.Member);

        await members.RemoveMemberAsync(PlanningHarness.Board, seat.Id);

        Assert.Equal(before, await StampAsync(PlanningHarness.Member));
    }
}
