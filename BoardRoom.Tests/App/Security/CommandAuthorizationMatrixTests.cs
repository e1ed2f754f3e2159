using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.Administration;
using BoardRoom.App.Features.Agendas;
using BoardRoom.App.Features.MeetingRun;
using BoardRoom.App.Features.Publication;
using BoardRoom.App.Features.Registers;
using BoardRoom.App.Features.Rotation;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Decisions;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;
using BoardRoom.Tests.App.Administration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoardRoom.Tests.App.Security;

/// <summary>
/// The commands a page sends over its circuit (start, approve, record, correct, administer…) are not routes, so the
/// route matrix cannot reach them: this matrix calls each feature service as every kind of person on the demo board.
/// Each probe carries input that breaks a rule of the domain, so a caller who is let in gets a
/// <see cref="DomainRuleException"/> and nothing changes; a caller who is not gets <see cref="AccessDeniedException"/>
/// before any rule is looked at. Who is let in is written from the roles (docs/security.md), not read from the app.
/// </summary>
public sealed class CommandAuthorizationMatrixTests : IAsyncLifetime
{
    private PlanningHarness _h = null!;
    private Facts _facts = null!;

    private enum Result { Denied, LetIn, Changed }

    private sealed record Person(string Email, string Label, BoardRole? Role, bool IsPermanentCoChair, MembershipId? Seat, PersonId Id);

    private sealed record Facts(
        IReadOnlyList<Person> People, Meeting Next, Meeting Past, AgendaItemId NextPublicItem, AgendaItemId NextReservedItem,
        BoardRoom.Core.Actions.ActionItemId Action, PersonId? ActionOwner, DecisionId Decision, BoardFlags Flags);

    /// <summary>The board's yes-or-no rules as seeded: the probes of those commands write them back unchanged.</summary>
    private sealed record BoardFlags(bool TwoFactor, bool Inquorate, bool BothCoChairs);

    public async Task InitializeAsync()
    {
        _h = await PlanningHarness.CreateAsync();
        await using var db = _h.Open();
        var board = await db.Boards.Include(b => b.Members).AsNoTracking().SingleAsync(b => b.Slug == PlanningHarness.Board);
        var meetings = await db.Meetings.Include(m => m.AgendaItems).AsNoTracking().Where(m => m.BoardId == board.Id).ToListAsync();
        var next = meetings.Where(m => m.Status == MeetingStatus.Scheduled).MinBy(m => m.StartsAt)!;
        var past = meetings.Where(m => m.Status == MeetingStatus.Closed).MaxBy(m => m.StartsAt)!;
        var publicItems = meetings.SelectMany(m => m.AgendaItems).Where(i => !i.IsReserved).Select(i => i.Id).ToHashSet();
        var action = (await db.Actions.AsNoTracking().Where(a => a.BoardId == board.Id).ToListAsync()).First(a => publicItems.Contains(a.AgendaItemId));
        var decision = (await db.Decisions.AsNoTracking().Where(d => d.BoardId == board.Id).ToListAsync()).First(d => publicItems.Contains(d.AgendaItemId));

        var seats = board.Members.Where(m => m.IsActive).ToList();
        var emails = await db.People.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Email);
        var people = seats.Select(s => new Person(emails[s.PersonId], $"{s.Role}{(s.IsPermanentCoChair ? " (permanent)" : s.Nation is { } n ? $" ({n})" : "")}",
                s.Role, s.IsPermanentCoChair, s.Id, s.PersonId))
            .GroupBy(p => p.Label).Select(g => g.First()).ToList();
        var outsider = await db.People.AsNoTracking().SingleAsync(p => p.Email == PlanningHarness.OtherBoardSecretariat);
        people.Add(new Person(outsider.Email, "another board's secretariat", null, false, null, outsider.Id));

        _facts = new Facts(people, next, past, next.AgendaItems.First(i => !i.IsReserved && !i.IsStanding).Id, next.AgendaItems.First(i => i.IsReserved).Id,
            action.Id, action.OwnerPersonId, decision.Id, FlagsOf(board));
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private static BoardFlags FlagsOf(Board board) => new(board.RequiresTwoFactorForOfficers, board.AllowsInquorateDecisions, board.AgendaNeedsBothCoChairs);

    private static bool CoChairOf(Meeting meeting, Person p) =>
        p.Role == BoardRole.CoChair && (p.IsPermanentCoChair || p.Seat == meeting.RotatingCoChairId);

    private static bool Runs(Meeting meeting, Person p) => p.Role == BoardRole.Secretariat || CoChairOf(meeting, p);

    private static bool Member(Person p) => p.Role is not null;

    private static bool TakesMinutes(Person p) => p.Role is BoardRole.CoChair or BoardRole.Member or BoardRole.Secretariat;

    private static bool Officer(Person p) => p.Role is BoardRole.CoChair or BoardRole.Secretariat;

    private static bool Secretariat(Person p) => p.Role == BoardRole.Secretariat;

    /// <summary>
    /// A command probed as every person. A yes-or-no rule has no input that breaks a rule, so its probe writes back the
    /// value the board already has (<paramref name="Rewrites"/>): being let in then shows as the call completing, and
    /// the board is checked unchanged at the end.
    /// </summary>
    private sealed record Probe(string Command, Func<Person, bool> LetIn, Func<IServiceProvider, PersonId, Task> Call, bool Rewrites = false);

    private IEnumerable<Probe> Probes()
    {
        var f = _facts;
        var next = f.Next.Id;
        var past = f.Past.Id;
        var outsider = f.People.Single(p => p.Role is null).Id;
        var nowhere = new AgendaItemId(Guid.NewGuid());
        var badItem = new AgendaItemForm { Title = "", Purpose = AgendaPurpose.ForDecision, MinutesAllotted = 0 };
        var noSeat = new MembershipId(Guid.NewGuid());
        var noInvitation = new MembershipInvitationId(Guid.NewGuid());
        var noSeries = new MeetingSeriesId(Guid.NewGuid());
        var later = DateOnly.FromDateTime(LondonTime.ToLocal(_h.Clock.GetUtcNow()).AddDays(60));

        yield return new("run: next item of a meeting not started", p => Runs(f.Next, p), (s, _) => Get<MeetingRunService>(s).NextItemAsync(next));
        yield return new("run: add a nameless guest", p => Runs(f.Next, p), (s, _) => Get<MeetingRunService>(s).AddGuestAsync(next, " ", ""));
        yield return new("run: mark another board's person present", p => Runs(f.Next, p),
            (s, _) => Get<MeetingRunService>(s).RecordAttendanceAsync(next, outsider, AttendanceStatus.Present));
        yield return new("run: close a meeting not started", p => Runs(f.Next, p), (s, _) => Get<MeetingRunService>(s).CloseAsync(next, NotReachedChoice.CarryToNextMeeting));
        yield return new("run: declare one's own interest, blank", Member,
            (s, me) => Get<MeetingRunService>(s).DeclareInterestAsync(next, f.NextPublicItem, me, " ", false));
        yield return new("agenda: add an item with no title", p => Runs(f.Next, p), (s, _) => Get<AgendaEditor>(s).AddItemAsync(next, badItem));
        yield return new("agenda: revise the reserved item to no title", p => Runs(f.Next, p),
            (s, _) => Get<AgendaEditor>(s).ReviseItemAsync(next, f.NextReservedItem, badItem));
        yield return new("agenda: carry an item that is not there", p => Runs(f.Next, p), (s, _) => Get<AgendaEditor>(s).CarryForwardAsync(next, nowhere));
        yield return new("agenda: reopen a held meeting's agenda", p => Runs(f.Past, p), (s, _) => Get<AgendaEditor>(s).ReopenAsync(past));
        yield return new("agenda: approve a held meeting's approved agenda", p => CoChairOf(f.Past, p), (s, _) => Get<AgendaEditor>(s).ApproveAsync(past));
        yield return new("register: record a blank decision", TakesMinutes,
            (s, _) => Get<DecisionRegister>(s).RecordAsync(next, f.NextPublicItem, " ", DecisionMethod.Consensus, 0, 0, 0));
        yield return new("register: record a blank decision on the reserved item", TakesMinutes,
            (s, _) => Get<DecisionRegister>(s).RecordAsync(next, f.NextReservedItem, " ", DecisionMethod.Consensus, 0, 0, 0));
        yield return new("register: agree a blank action", TakesMinutes,
            (s, _) => Get<ActionRegister>(s).AgreeAsync(next, f.NextPublicItem, " ", null, "", "", DateOnly.FromDateTime(DateTime.Today.AddDays(30))));
        yield return new("register: an empty action update", p => Officer(p) || p.Id == f.ActionOwner,
            (s, _) => Get<ActionRegister>(s).UpdateAsync(f.Action, "", null));
        yield return new("register: correct a decision to no wording", Officer,
            (s, _) => Get<DecisionRegister>(s).CorrectWordingAsync(f.Decision, " ", " "));
        yield return new("minutes: a blank review comment", Member, (s, me) => Get<MinutesPublisher>(s).CommentAsync(past, me, " "));
        yield return new("minutes: publish unsigned minutes", Member, (s, me) => Get<MinutesPublisher>(s).PublishAsync(next, me, ""));
        yield return new("admin: a quorum of none", Secretariat,
            (s, _) => Get<BoardRules>(s).SetBoardRulesAsync(PlanningHarness.Board, 0, false, false));
        yield return new("admin: two-factor rule as it stands", Secretariat,
            (s, _) => Get<BoardRules>(s).SetTwoFactorRuleAsync(PlanningHarness.Board, f.Flags.TwoFactor), Rewrites: true);
        yield return new("admin: inquorate decision rule as it stands", Secretariat,
            (s, _) => Get<BoardRules>(s).SetInquorateDecisionRuleAsync(PlanningHarness.Board, f.Flags.Inquorate), Rewrites: true);
        yield return new("admin: agenda approval rule as it stands", Secretariat,
            (s, _) => Get<BoardRules>(s).SetAgendaApprovalRuleAsync(PlanningHarness.Board, f.Flags.BothCoChairs), Rewrites: true);
        yield return new("admin: action reminders no days ahead", Secretariat,
            (s, _) => Get<BoardRules>(s).SetActionReminderDaysAsync(PlanningHarness.Board, 0));
        yield return new("admin: a rotation order of no nations", Secretariat,
            (s, _) => Get<BoardRules>(s).SetRotationOrderAsync(PlanningHarness.Board, []));
        yield return new("admin: add a member with no email", Secretariat,
            (s, _) => Get<BoardMembers>(s).AddMemberAsync(PlanningHarness.Board, new NewMemberForm { Email = " ", FullName = "Nobody" }));
        yield return new("admin: withdraw an invitation that is not there", Secretariat,
            (s, _) => Get<BoardMembers>(s).WithdrawInvitationAsync(PlanningHarness.Board, noInvitation));
        yield return new("admin: change the role of a seat that is not there", Secretariat,
            (s, _) => Get<BoardMembers>(s).ChangeRoleAsync(PlanningHarness.Board, noSeat, BoardRole.Member, null));
        yield return new("admin: appoint a seat that is not there permanent co-chair", Secretariat,
            (s, _) => Get<BoardMembers>(s).AppointPermanentCoChairAsync(PlanningHarness.Board, noSeat));
        yield return new("admin: remove a seat that is not there", Secretariat,
            (s, _) => Get<BoardMembers>(s).RemoveMemberAsync(PlanningHarness.Board, noSeat));
        yield return new("admin: a series meeting every zero weeks", Secretariat,
            (s, _) => Get<SeriesAdministration>(s).CreateSeriesAsync(PlanningHarness.Board, new NewSeriesForm { Name = "Never", EveryWeeks = 0 }));
        yield return new("admin: revise a series that is not there", Secretariat,
            (s, _) => Get<SeriesAdministration>(s).ReviseSeriesAsync(PlanningHarness.Board, noSeries, new SeriesDetailsForm { Name = "Nowhere" }));
        yield return new("admin: generate no months of meetings", Secretariat,
            (s, _) => Get<SeriesAdministration>(s).GenerateMeetingsAsync(PlanningHarness.Board, f.Next.SeriesId!.Value, 0));
        yield return new("admin: skip a date of a series that is not there", Secretariat,
            (s, _) => Get<SeriesAdministration>(s).AddSkipDateAsync(PlanningHarness.Board, noSeries, later, "Recess"));
        yield return new("admin: unskip a date of a series that is not there", Secretariat,
            (s, _) => Get<SeriesAdministration>(s).RemoveSkipDateAsync(PlanningHarness.Board, noSeries, later));
        yield return new("admin: a standing item for a series that is not there", Secretariat,
            (s, _) => Get<SeriesAdministration>(s).AddStandingItemAsync(PlanningHarness.Board, noSeries, new StandingItemForm { Title = "Patient story" }));
        yield return new("admin: take a standing item off a series that is not there", Secretariat,
            (s, _) => Get<SeriesAdministration>(s).RemoveStandingItemAsync(PlanningHarness.Board, noSeries, "Patient story"));
        yield return new("admin: move a held meeting", Secretariat,
            (s, _) => Get<MeetingScheduling>(s).MoveMeetingAsync(PlanningHarness.Board, past, new MoveMeetingForm { Date = later, Reason = "Probe" }));
        yield return new("admin: cancel a held meeting", Secretariat,
            (s, _) => Get<MeetingScheduling>(s).CancelMeetingAsync(PlanningHarness.Board, past, "Probe"));
        yield return new("rotation: a swap with no reason", Secretariat,
            (s, _) => Get<RotationService>(s).SwapAsync(PlanningHarness.Board, next, next, " "));
    }

    private static T Get<T>(IServiceProvider services) where T : notnull => services.GetRequiredService<T>();

    [Fact]
    public async Task EveryCircuitCommand_LetsInExactlyThePeopleItsRoleNames_AndChangesNothing()
    {
        var mismatches = new List<string>();
        var changed = new List<string>();
        var cells = 0;
        foreach (var probe in Probes())
        {
            foreach (var person in _facts.People)
            {
                var services = await _h.ScopeAsAsync(person.Email);
                var got = await RunAsync(() => probe.Call(services, person.Id), probe.Rewrites);
                var expected = probe.LetIn(person) ? Result.LetIn : Result.Denied;
                cells++;
                if (got == Result.Changed)
                {
                    changed.Add($"{probe.Command} as {person.Label}");
                }
                else if (got != expected)
                {
                    mismatches.Add($"{probe.Command} as {person.Label}: expected {expected}, got {got}");
                }
            }
        }

        Assert.True(cells >= 38 * 7, $"only {cells} cells");
        await using (var db = _h.Open())
        {
            Assert.Equal(_facts.Flags, FlagsOf(await db.Boards.AsNoTracking().SingleAsync(b => b.Slug == PlanningHarness.Board)));
        }
        Assert.True(changed.Count == 0, "A probe changed something:\n" + string.Join("\n", changed));
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    private static async Task<Result> RunAsync(Func<Task> call, bool rewrites)
    {
        try
        {
            await call();
            return rewrites ? Result.LetIn : Result.Changed;
        }
        catch (AccessDeniedException)
        {
            return Result.Denied;
        }
        catch (DomainRuleException)
        {
            return Result.LetIn;
        }
    }
}
