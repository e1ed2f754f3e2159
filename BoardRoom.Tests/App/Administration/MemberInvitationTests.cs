using BoardRoom.App.Features.Access;
using BoardRoom.App.Data;
using BoardRoom.App.Features.Administration;
using BoardRoom.Core.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace BoardRoom.Tests.App.Administration;

/// <summary>Invitation links for members without a login, over a real SQLite file and ASP.NET Core Identity.</summary>
public sealed class MemberInvitationTests : IAsyncLifetime
{
    private const string NewEmail = "morag.fraser@rdfb.example";
    private PlanningHarness _h = null!;

    public async Task InitializeAsync() => _h = await PlanningHarness.CreateAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private async Task<AdminMember> AddNewMemberAsync()
    {
        var adminView = await _h.AsAsync<AdminBoardView>(PlanningHarness.Secretariat);
        var members = await _h.AsAsync<BoardMembers>(PlanningHarness.Secretariat);
        await members.AddMemberAsync(PlanningHarness.Board, new NewMemberForm { Email = NewEmail, FullName = "Morag Fraser", Organisation = "Genetic Alliance" });
        return (await adminView.GetAsync(PlanningHarness.Board)).Value!.Members.Single(m => m.Email == NewEmail);
    }

    private async Task<IdentityResult> AcceptAsync(string link, string password)
    {
        var query = QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost"), link).Query);
        await using var scope = _h.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(query["email"]!);
        return await users.ResetPasswordAsync(user!, query["token"]!, password);
    }

    [Fact]
    public async Task ANewMember_HasNoLogin_UntilTheyChooseAPasswordThroughTheirLink_WhichThenStopsWorking()
    {
        var member = await AddNewMemberAsync();
        var adminView = await _h.AsAsync<AdminBoardView>(PlanningHarness.Secretariat);
        Assert.False(member.HasLogin);
        Assert.All((await adminView.GetAsync(PlanningHarness.Board)).Value!.Members.Where(m => m.Email != NewEmail), m => Assert.True(m.HasLogin));

        var invitations = await _h.AsAsync<MemberInvitations>(PlanningHarness.Secretariat);
        var link = await invitations.CreateLinkAsync(PlanningHarness.Board, member.Id);
        Assert.StartsWith(MemberInvitations.Path + "?email=morag.fraser%40rdfb.example&token=", link);

        Assert.True((await AcceptAsync(link, "Rare-Boards-2026")).Succeeded);
        Assert.True((await adminView.GetAsync(PlanningHarness.Board)).Value!.Members.Single(m => m.Email == NewEmail).HasLogin);

        var reused = await AcceptAsync(link, "Another-Pass-2026");
        Assert.Contains(reused.Errors, e => e.Code == nameof(IdentityErrorDescriber.InvalidToken));
        var again = await Assert.ThrowsAsync<DomainRuleException>(() => invitations.CreateLinkAsync(PlanningHarness.Board, member.Id));
        Assert.Contains("already has a login", again.Message);
    }

    [Fact]
    public async Task OnlyTheBoardsSecretariat_MayMakeAnInvitation()
    {
        var member = await AddNewMemberAsync();

        foreach (var who in new[] { PlanningHarness.Member, PlanningHarness.PermanentCoChair, PlanningHarness.OtherBoardSecretariat })
        {
            var invitations = await _h.AsAsync<MemberInvitations>(who);
            var refused = await Assert.ThrowsAsync<AccessDeniedException>(() => invitations.CreateLinkAsync(PlanningHarness.Board, member.Id));
            Assert.Equal(who == PlanningHarness.OtherBoardSecretariat ? BoardAccess.NotAMember : BoardGate.NotSecretariat, refused.Message);
        }
        await using var scope = _h.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(NewEmail));
    }

    [Fact]
    public async Task AnExistingMemberWithAPassword_NeedsNoInvitation()
    {
        var adminView = await _h.AsAsync<AdminBoardView>(PlanningHarness.Secretariat);
        var aisha = (await adminView.GetAsync(PlanningHarness.Board)).Value!.Members.Single(m => m.Email == PlanningHarness.Member);
        var invitations = await _h.AsAsync<MemberInvitations>(PlanningHarness.Secretariat);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => invitations.CreateLinkAsync(PlanningHarness.Board, aisha.Id));
        Assert.Contains("already has a login", refused.Message);
    }
}
