using System.Security.Cryptography;
using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.Registers;
using BoardRoom.Core.Actions;
using BoardRoom.Core.Decisions;
using BoardRoom.Core.Meetings;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoardRoom.Tests.App.Registers;

/// <summary>Correcting the registers through the app's services over a real seeded SQLite file: who may, and what is kept.</summary>
[Trait(TestProvider.Trait, TestProvider.Both)]
public sealed class RegisterCorrectionTests : BoardRoomComponentTest
{
    private const string Secretariat = "priya.raman@rdfb.example";
    private const string Member = "aisha.rahman@rdfb.example";
    private const string Observer = "anna.schmidt@rdfb.example";

    private ActionRegister Actions => Services.GetRequiredService<ActionRegister>();

    private DecisionRegister Decisions => Services.GetRequiredService<DecisionRegister>();

    private async Task SignInAsync(string email)
    {
        var name = email.Split('@')[0].Replace('.', ' ');
        await SignInAsAsync(email, name);
    }

    /// <summary>The demo's past meeting, and an action on its public item owned by the member.</summary>
    private async Task<ActionItem> ActionOwnedByMemberAsync()
    {
        await using var db = Database.Open();
        var past = await db.Meetings.Include(m => m.AgendaItems).SingleAsync(m => m.Status == MeetingStatus.Closed);
        var item = past.AgendaItems.First(i => !i.IsReserved && !i.IsStanding);
        var action = ActionItem.Agree(past, item.Id, 90, "Publish the patient leaflet", await Database.PersonIdAsync(Member), "", "Leaflet online",
            DateOnly.FromDateTime(past.StartsAt.UtcDateTime).AddDays(60), past.StartsAt);
        db.Actions.Add(action);
        await db.SaveChangesAsync();
        return action;
    }

    private async Task<ActionItem> StoredAsync(ActionItemId id)
    {
        await using var db = Database.Open();
        return await db.Actions.Include(a => a.Changes).Include(a => a.Updates).SingleAsync(a => a.Id == id);
    }

    private static ActionCorrection Same(ActionItem a) => new(a.Description, a.OwnerPersonId, a.OwnerOrganisation, a.DueOn, "", a.Status, "");

    private async Task<Decision> PastDecisionAsync(bool reserved)
    {
        await using var db = Database.Open();
        var past = await db.Meetings.SingleAsync(m => m.Status == MeetingStatus.Closed);
        var items = await db.AgendaItems.Where(i => i.MeetingId == past.Id && i.IsReserved == reserved).Select(i => i.Id).ToListAsync();
        return await db.Decisions.FirstAsync(d => d.MeetingId == past.Id && items.Contains(d.AgendaItemId));
    }

    [Fact]
    public async Task TheSecretariatMovesADueDateWithAReason_AndTheRegisterShowsItsHistory()
    {
        var action = await ActionOwnedByMemberAsync();
        await SignInAsync(Secretariat);

        await Actions.CorrectAsync(action.Id, Same(action) with { DueOn = action.DueOn.AddDays(21), DueDateReason = "Printer delayed" });

        var stored = await StoredAsync(action.Id);
        Assert.Equal(action.DueOn.AddDays(21), stored.DueOn);
        var change = Assert.Single(stored.Changes);
        Assert.Equal((ActionChangeField.DueDate, "Printer delayed", await Database.PersonIdAsync(Secretariat)), (change.Field, change.Reason, change.By));
        var row = (await Actions.SearchAsync(new ActionQuery())).Single(r => r.Id == action.Id);
        var history = Assert.Single(row.History!);
        Assert.Equal(("Due date", "Printer delayed"), (history.What, history.Reason));
        Assert.Equal(ActionRight.Everything, row.Right);
    }

    [Fact]
    public async Task ADueDateMovedWithoutAReason_IsRefused_AndChangesNothing()
    {
        var action = await ActionOwnedByMemberAsync();
        await SignInAsync(Secretariat);

        await Assert.ThrowsAsync<BoardRoom.Core.Common.DomainRuleException>(() =>
            Actions.CorrectAsync(action.Id, Same(action) with { DueOn = action.DueOn.AddDays(21), Description = "Reworded" }));

        var stored = await StoredAsync(action.Id);
        Assert.Equal((action.DueOn, action.Description), (stored.DueOn, stored.Description));
        Assert.Empty(stored.Changes);
    }

    [Fact]
    public async Task TheOwner_MayChangeTheStatus_ButNotTheDueDate()
    {
        var action = await ActionOwnedByMemberAsync();
        await SignInAsync(Member);

        var denied = await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Actions.CorrectAsync(action.Id, Same(action) with { DueOn = action.DueOn.AddDays(7), DueDateReason = "Busy", Status = ActionStatus.InProgress }));
        Assert.Equal(AccessOutcome.Forbidden, denied.Outcome);
        Assert.Empty((await StoredAsync(action.Id)).Changes);

        await Actions.CorrectAsync(action.Id, Same(action) with { Status = ActionStatus.InProgress, Comment = "Draft with designers" });

        var stored = await StoredAsync(action.Id);
        Assert.Equal((ActionStatus.InProgress, action.DueOn), (stored.Status, stored.DueOn));
        Assert.Equal(ActionChangeField.Status, Assert.Single(stored.Changes).Field);
    }

    [Fact]
    public async Task AMemberWhoDoesNotOwnTheAction_IsRefusedAsADenial_AndNothingChanges()
    {
        var action = await ActionOwnedByMemberAsync();
        await SignInAsync("tom.whitaker@rdfb.example");

        var denied = await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Actions.CorrectAsync(action.Id, Same(action) with { Status = ActionStatus.Done, Comment = "Done by me" }));

        Assert.Equal(AccessOutcome.Forbidden, denied.Outcome);
        var stored = await StoredAsync(action.Id);
        Assert.Equal(ActionStatus.Open, stored.Status);
        Assert.Empty(stored.Changes);
        Assert.Empty(stored.Updates);
    }

    [Fact]
    public async Task OnlyTheSecretariatOrACoChair_MayCorrectADecision_AndAMembersAttemptChangesNothing()
    {
        var decision = await PastDecisionAsync(reserved: false);
        await SignInAsync(Member);

        var denied = await Assert.ThrowsAsync<AccessDeniedException>(() => Decisions.CorrectWordingAsync(decision.Id, "Something else", "Because"));

        Assert.Equal(AccessOutcome.Forbidden, denied.Outcome);
        await using var db = Database.Open();
        var stored = await db.Decisions.Include(d => d.Changes).SingleAsync(d => d.Id == decision.Id);
        Assert.Equal(decision.Text, stored.Text);
        Assert.Empty(stored.Changes);
        Assert.False((await Decisions.SearchAsync(new DecisionQuery())).Single(r => r.Id == decision.Id).MayCorrect);
    }

    [Fact]
    public async Task AnObserver_IsToldAReservedDecisionDoesNotExist_AndNeverSeesItsHistory()
    {
        var reserved = await PastDecisionAsync(reserved: true);
        await using (var db = Database.Open())
        {
            var stored = await db.Decisions.Include(d => d.Changes).SingleAsync(d => d.Id == reserved.Id);
            stored.CorrectWording("Meridian terms corrected", "Figure wrong", await Database.PersonIdAsync(Secretariat), DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }
        await SignInAsync(Observer);

        var denied = await Assert.ThrowsAsync<AccessDeniedException>(() => Decisions.RescindAsync(reserved.Id, "Because"));

        Assert.Equal(AccessOutcome.NotFound, denied.Outcome);
        var rows = await Decisions.SearchAsync(new DecisionQuery());
        Assert.DoesNotContain(rows, r => r.Id == reserved.Id);
        Assert.DoesNotContain(rows.SelectMany(r => r.History ?? []), h => h.To.Contains("Meridian", StringComparison.Ordinal) || h.From.Contains("Meridian", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARescindedOrSupersededDecisionKeepsItsNumber_AndTheNextDecisionTakesANewOne()
    {
        await SignInAsync(Secretariat);
        await using var db = Database.Open();
        var upcoming = (await db.Meetings.Include(m => m.AgendaItems).Where(m => m.Status != MeetingStatus.Closed && m.Status != MeetingStatus.Cancelled).ToListAsync())
            .OrderBy(m => m.StartsAt).First();
        var item = upcoming.AgendaItems.First(i => !i.IsReserved);
        var first = await Decisions.RecordAsync(upcoming.Id, item.Id, "Adopt the registry specification.", DecisionMethod.Consensus, 0, 0, 0);
        var second = await Decisions.RecordAsync(upcoming.Id, item.Id, "Adopt the registry specification, version 2.", DecisionMethod.Consensus, 0, 0, 0);
        var firstId = (await db.Decisions.ToListAsync()).Single(d => d.Reference == first).Id;
        await Decisions.SupersedeAsync(firstId, second, "Version 2 replaces it");
        var secondId = (await db.Decisions.ToListAsync()).Single(d => d.Reference == second).Id;
        await Decisions.RescindAsync(secondId, "Specification withdrawn");

        var third = await Decisions.RecordAsync(upcoming.Id, item.Id, "Commission a new specification.", DecisionMethod.Consensus, 0, 0, 0);

        var all = (await Decisions.SearchAsync(new DecisionQuery())).ToDictionary(r => r.Reference);
        Assert.Equal(3, new[] { first, second, third }.Distinct().Count());
        Assert.Equal((DecisionStatus.Superseded, second), (all[first].Status, all[first].SupersededByReference));
        Assert.Equal(DecisionStatus.Rescinded, all[second].Status);
        Assert.Equal(DecisionStatus.InForce, all[third].Status);
        Assert.True(string.CompareOrdinal(third, second) > 0);
    }

    [Fact]
    public async Task CorrectingADecisionAfterPublication_LeavesEveryStoredPublicationAsItWas()
    {
        var decision = await PastDecisionAsync(reserved: false);
        var before = await PublicationFingerprintsAsync();
        Assert.NotEmpty(before);
        await SignInAsync(Secretariat);

        await Decisions.CorrectWordingAsync(decision.Id, decision.Text + " (corrected)", "Wording agreed at the next meeting");

        Assert.Equal(before, await PublicationFingerprintsAsync());
        var row = (await Decisions.SearchAsync(new DecisionQuery())).Single(r => r.Id == decision.Id);
        Assert.True(row.IsCorrected);
        Assert.Equal(decision.Text + " (corrected)", row.Text);
        Assert.Equal(decision.Text, Assert.Single(row.History!).From);
    }

    /// <summary>Each stored publication's hashes and the SHA-256 of its stored HTML and PDFs.</summary>
    private async Task<List<string>> PublicationFingerprintsAsync()
    {
        await using var db = Database.Open();
        var publications = await db.MinutesPublications.AsNoTracking().Include(p => p.Content).OrderBy(p => p.Version).ToListAsync();
        return publications.Select(p => string.Join('|', p.Version, p.PublicSha256, p.FullSha256,
            Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(p.Content.PublicHtml))),
            Convert.ToHexString(SHA256.HashData(p.Content.PublicPdf)), Convert.ToHexString(SHA256.HashData(p.Content.FullPdf)))).ToList();
    }
}
