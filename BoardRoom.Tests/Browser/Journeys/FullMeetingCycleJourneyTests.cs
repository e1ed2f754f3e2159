using System.Text.RegularExpressions;
using System.Globalization;
using BoardRoom.App.Components.Shared;
using BoardRoom.App.Data;
using BoardRoom.Core.Actions;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Minutes.Records;
using BoardRoom.Tests.Publishing;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BoardRoom.Tests.Browser.Journeys;

/// <summary>
/// One meeting from plan to public record on a fresh demo, each step taken by the person whose job it is, in their own
/// browser: the secretariat plans, both co-chairs approve, a co-chair starts it early (asked first) and closes it,
/// members and the secretariat take the minutes together, review, approval (asked first), both signatures,
/// publication, an anonymous reader of the forum, and then the secretariat updating and correcting the action the
/// meeting agreed and exporting both registers, as an observer and another board's member do too. Each step checks
/// what the person sees and what was stored. Own app: it runs, closes and publishes a meeting.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FullMeetingCycleJourneyTests(BrowserFixture browser) : OwnAppBrowserTest(browser)
{
    private const string Board = DemoSeeder.RareDiseasesSlug;
    private const string NewItem = "Newborn screening: horizon scan";
    private const string ReservedItem = "Secretariat staffing review";
    /// <summary>A word used only in the reserved item's business, which the public record must never hold.</summary>
    private const string ReservedWord = "Quillon";
    private const string Unreached = "Data and digital: shared rare disease registry specification";
    private const string Decision = "The group agreed to commission a horizon scan of newborn screening conditions by June.";
    private const string ReservedDecision = $"The group agreed the {ReservedWord} staffing option.";
    private const string Action = "Commission the newborn screening horizon scan";
    private const string Measure = "Scan commissioned and scope shared with the group";
    private const string Interest = "Adviser to a screening laboratory";
    private const string Progress = "Scope agreed with Carys Morgan; the scan is out to tender.";
    private const string DueReason = "The tender closes a fortnight later than planned";
    private const string NewOwner = "Niamh Kelly";

    private static async Task ShotAsync(IPage page, string name) => await JourneyScreenshots.TakeAsync(page, "full-cycle-" + name);

    private async Task<T> QueryAsync<T>(Func<BoardRoomDbContext, Task<T>> query)
    {
        await using var db = ServerDatabase.Open(Server);
        return await query(db);
    }

    private Task<Meeting> MeetingAsync(MeetingId id) => QueryAsync(db => db.Meetings.AsNoTracking()
        .Include(m => m.AgendaItems).Include(m => m.Attendance).Include(m => m.Declarations)
        .SingleAsync(m => m.Id == id));

    [Fact]
    public async Task AMeeting_GoesFromPlanToPublicRecord_EachStepTakenByItsPerson_AndStored()
    {
        // --- The secretariat plans: meetings ahead (so there is a next one), both co-chairs to approve, the agenda and a paper.
        var priya = await BrowserSession.OpenAsync(Browser, Server, "priya.raman@rdfb.example", $"boards/{Board}/admin");
        await AdminPage.GenerateMeetingsAsync(priya);
        await AdminPage.TickRulesAsync(priya, "Both co-chairs of a meeting must approve its agenda");
        var (today, next, rotatingEmail, rotatingName, votingMembers) = await QueryAsync(async db =>
        {
            var board = await db.Boards.Include(b => b.Members).SingleAsync(b => b.Slug == Board);
            Assert.True(board.AgendaNeedsBothCoChairs);
            var meetings = (await db.Meetings.Where(m => m.BoardId == board.Id && m.SeriesId != null).ToListAsync()).OrderBy(m => m.StartsAt).ToList();
            var first = meetings.First(m => m.Status == MeetingStatus.Scheduled);
            var following = meetings.First(m => m.Status == MeetingStatus.Scheduled && m.StartsAt > first.StartsAt);
            var rotating = board.Members.Single(m => m.Id == first.RotatingCoChairId);
            var person = await db.People.SingleAsync(p => p.Id == rotating.PersonId);
            var voting = board.Members.Count(m => m.IsActive && m.Role is BoardRole.CoChair or BoardRole.Member);
            return (first, following, person.Email, person.FullName, voting);
        });
        // The journey starts the meeting now, well before its slot. The demo's next meeting is a few hours to six weeks
        // away; when it is under two days away, it is moved a week on first (as the secretariat's "move" would).
        if (today.StartsAt - DateTimeOffset.UtcNow < TimeSpan.FromDays(2))
        {
            await using var db = ServerDatabase.Open(Server);
            var moving = await db.Meetings.SingleAsync(m => m.Id == today.Id);
            moving.Reschedule(DateTimeOffset.UtcNow.AddDays(7), moving.Length);
            await db.SaveChangesAsync();
            today = moving;
        }
        var scheduledDay = MeetingTimeText.Day(today.StartsAt);

        await priya.GotoAsync($"meetings/{today.Id}/agenda");
        await BrowserSession.WaitForInteractiveAsync(priya);
        await AgendaPage.AddItemAsync(priya, NewItem, "Carys Morgan", 15);
        await AgendaPage.AddItemAsync(priya, ReservedItem, "Priya Raman", 10, reserved: true);
        await AgendaPage.AttachPaperAsync(priya, NewItem, "DG-2026-21 horizon scan.pdf", "application/pdf",
            "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray());
        // New items go before the trailing standing item: any other business stays last.
        await Assertions.Expect(priya.Locator("[data-testid=agenda-row]").Last).ToContainTextAsync("Any other business");
        await Assertions.Expect(priya.Locator("[data-testid=agenda-approvals]")).ToContainTextAsync("Both co-chairs of the meeting must approve this agenda.");
        await ShotAsync(priya, "1-agenda-planned");
        var planned = await MeetingAsync(today.Id);
        var newItem = planned.AgendaItems.Single(i => i.Title == NewItem);
        var reservedItem = planned.AgendaItems.Single(i => i.Title == ReservedItem);
        Assert.False(newItem.IsReserved);
        Assert.True(reservedItem.IsReserved);
        Assert.True(reservedItem.Position < planned.AgendaItems.Single(i => i.Title == "Any other business").Position);
        Assert.Equal("DG-2026-21 horizon scan.pdf", await QueryAsync(db => db.AgendaPapers.Where(p => p.AgendaItemId == newItem.Id).Select(p => p.FileName).SingleAsync()));

        // --- Both co-chairs approve; after the first, the page says it waits for the other.
        var helen = await BrowserSession.OpenAsync(Browser, Server, "helen.marsh@rdfb.example", $"meetings/{today.Id}/agenda");
        await AgendaPage.ApproveAsync(helen, "Helen Marsh");
        await Assertions.Expect(helen.Locator("[data-testid=agenda-approvals]")).ToContainTextAsync("it waits for the other co-chair");
        await Assertions.Expect(helen.Locator("[data-testid=agenda-status]")).Not.ToHaveTextAsync("Approved");
        var rotating = await BrowserSession.OpenAsync(Browser, Server, rotatingEmail, $"meetings/{today.Id}/agenda");
        await AgendaPage.ApproveAsync(rotating, rotatingName);
        await Assertions.Expect(rotating.Locator("[data-testid=agenda-status]")).ToHaveTextAsync("Approved");
        await ShotAsync(rotating, "2-agenda-approved");
        var approved = await QueryAsync(db => db.Meetings.AsNoTracking().SingleAsync(m => m.Id == today.Id));
        Assert.Equal(AgendaStatus.Approved, approved.AgendaStatus);
        Assert.Equal(2, approved.AgendaApprovals.Count);

        // --- Helen runs it: attendance, a member's declaration with withdrawal, a decision and a SMART action.
        await helen.GotoAsync($"meetings/{today.Id}/run");
        await BrowserSession.WaitForInteractiveAsync(helen);
        // Started today, days before its slot: the page asks first and says what the record will show.
        await helen.ClickAsync("[data-testid=start-meeting]");
        var startDialog = helen.Locator(".mud-dialog");
        await Assertions.Expect(startDialog).ToContainTextAsync("This meeting is scheduled for ");
        await Assertions.Expect(startDialog).ToContainTextAsync("starting it now records it as held today");
        await startDialog.Locator("[data-testid=confirm-ok]").ClickAsync();
        await Assertions.Expect(helen.Locator("[data-testid=next-item]")).ToBeVisibleAsync();
        var startedAt = (await MeetingAsync(today.Id)).StartedAt!.Value;
        Assert.NotEqual(scheduledDay, MeetingTimeText.Day(startedAt));
        await Assertions.Expect(helen.Locator("[data-testid=meeting-when]")).ToHaveTextAsync("Started " + MeetingTimeText.DayAndTime(startedAt));
        foreach (var name in new[] { "Helen Marsh", rotatingName, "Aisha Rahman", "Grace Okafor", "Euan Campbell", "Niamh Kelly", "Marcus Lee", "Priya Raman" })
        {
            await RunPage.MarkAsync(helen, name);
        }
        await RunPage.MarkAsync(helen, "Carys Morgan", "Apologies");
        await RunPage.GoToItemAsync(helen, NewItem);

        var aisha = await BrowserSession.OpenAsync(Browser, Server, "aisha.rahman@rdfb.example", $"meetings/{today.Id}");
        await Assertions.Expect(aisha.Locator("[data-testid=current-item-title]")).ToContainTextAsync(NewItem);
        await Assertions.Expect(aisha.Locator("[data-testid=meeting-when]")).ToHaveTextAsync("Started " + MeetingTimeText.DayAndTime(startedAt));
        await MeetingPageSteps.DeclareAsync(aisha, Interest);
        await Assertions.Expect(aisha.Locator("[data-testid=quorum]")).ToContainTextAsync("1 withdrawn from this item for an interest");
        await ShotAsync(aisha, "3-member-declares-interest");

        var decisionRef = await RunPage.RecordDecisionAsync(helen, Decision);
        var actionRef = await RunPage.RecordActionAsync(helen, Action, Measure, "Grace Okafor");
        await ShotAsync(helen, "4-run-decision-and-action");
        // While it runs, the run page and a member's meeting page fit a phone: nothing scrolls sideways.
        await PhoneFit.AssertFitsAtPhoneWidthAsync(helen, "the running meeting's run page");
        await PhoneFit.AssertFitsAtPhoneWidthAsync(aisha, "the running meeting's page");
        await RunPage.GoToItemAsync(helen, ReservedItem);
        var reservedRef = await RunPage.RecordDecisionAsync(helen, ReservedDecision);

        var run = await MeetingAsync(today.Id);
        Assert.Equal(MeetingStatus.InProgress, run.Status);
        var declaration = Assert.Single(run.Declarations);
        Assert.Equal((newItem.Id, Interest, true), (declaration.AgendaItemId, declaration.Interest, declaration.Withdraws));
        var stored = await QueryAsync(db => db.Decisions.AsNoTracking().Where(d => d.MeetingId == today.Id).ToListAsync());
        Assert.Equal(newItem.Id, stored.Single(d => d.Reference == decisionRef).AgendaItemId);
        Assert.Equal(Decision, stored.Single(d => d.Reference == decisionRef).Text);
        Assert.Equal(reservedItem.Id, stored.Single(d => d.Reference == reservedRef).AgendaItemId);
        var action = await QueryAsync(db => db.Actions.AsNoTracking().SingleAsync(a => a.MeetingId == today.Id));
        var grace = await QueryAsync(db => db.People.Where(p => p.FullName == "Grace Okafor").Select(p => p.Id).SingleAsync());
        Assert.Equal((actionRef, Action, Measure, grace, 15), (action.Reference, action.Description, action.Measure, action.OwnerPersonId!.Value, action.DueOn.Day));
        Assert.True(action.DueOn > DateOnly.FromDateTime(DateTime.UtcNow));

        // --- Closing asks, and carries what was not reached (the registry, among others) to the next meeting.
        await RunPage.CloseCarryingForwardAsync(helen);
        await Assertions.Expect(helen.Locator("[data-testid=run-outcome]", new() { HasText = Unreached })).ToContainTextAsync($"Not reached: carried to meeting {next.Number}");
        await ShotAsync(helen, "5-run-closed");
        var closed = await MeetingAsync(today.Id);
        Assert.Equal(MeetingStatus.Closed, closed.Status);
        var held = MeetingTimeText.Span(closed.HeldAt, closed.HeldUntil);
        await Assertions.Expect(helen.Locator("[data-testid=meeting-when]")).ToHaveTextAsync("Held " + held);
        Assert.Equal(AgendaItemOutcome.CarriedForward, closed.AgendaItems.Single(i => i.Title == Unreached).Outcome);
        Assert.Equal(AgendaItemOutcome.Taken, closed.AgendaItems.Single(i => i.Id == newItem.Id).Outcome);
        Assert.Equal(1, await QueryAsync(db => db.AgendaItems.CountAsync(i => i.MeetingId == next.Id && i.Title == Unreached)));

        // --- Minutes, typed at once by the secretariat (the new item, the reserved one) and a member (the welcome).
        var welcome = closed.AgendaItems.Single(i => i.Position == 1);
        var priyaMinutes = await MinutesPage.OpenAsync(priya, today.Id.Value);
        var aishaMinutes = await MinutesPage.OpenAsync(aisha, today.Id.Value);
        const string newItemText = "Carys Morgan's paper set out the conditions proposed for the scan. Members welcomed it.";
        const string welcomeText = "The co-chair welcomed members. Apologies were received from Carys Morgan.";
        await Task.WhenAll(
            priyaMinutes.TypeAsync(newItem.Id.Value, newItemText),
            aishaMinutes.TypeAsync(welcome.Id.Value, welcomeText));
        await priyaMinutes.TypeAsync(reservedItem.Id.Value, $"The {ReservedWord} option was discussed in private.");
        // Each sees the other's words, and the server's op log holds them.
        await Assertions.Expect(priyaMinutes.Editor(welcome.Id.Value)).ToContainTextAsync(welcomeText);
        await Assertions.Expect(aishaMinutes.Editor(newItem.Id.Value)).ToContainTextAsync(newItemText);
        await ShotAsync(priya, "6-minutes-typed-together");
        await WaitForLogAsync(newItem.Id.Value, newItemText);
        await WaitForLogAsync(welcome.Id.Value, welcomeText);

        // --- Review: the secretariat circulates, a member comments, the secretariat approves (the sections lock).
        var publication = $"meetings/{today.Id}/publication";
        await priya.GotoAsync(publication);
        await BrowserSession.WaitForInteractiveAsync(priya);
        await PublicationSteps.StepAsync(priya, "step-circulate", "In review");
        await aisha.GotoAsync(publication);
        await BrowserSession.WaitForInteractiveAsync(aisha);
        await PublicationSteps.CommentAsync(aisha, "Please name the paper's reference, DG-2026-21.");
        await ShotAsync(aisha, "7-member-comments");
        await aisha.Context.CloseAsync();
        await priya.ReloadAsync();
        await BrowserSession.WaitForInteractiveAsync(priya);
        await Assertions.Expect(priya.Locator("[data-testid=review-comment]")).ToContainTextAsync("DG-2026-21");
        await Assertions.Expect(priya.Locator("[data-testid=meeting-when]")).ToHaveTextAsync("Held " + held);
        // Approving asks first: cancelled, nothing is stored and nothing locks; confirmed, the minutes are approved.
        await priya.Locator("[data-testid=step-approve]").ClickAsync();
        var approveDialog = priya.Locator(".mud-dialog");
        await Assertions.Expect(approveDialog).ToContainTextAsync("Approve and lock the minutes?");
        await DialogScreens.TakeAsync(priya, "full-cycle-7b-approve-minutes-dialog");
        await approveDialog.Locator("[data-testid=confirm-cancel]").ClickAsync();
        await Assertions.Expect(approveDialog).ToHaveCountAsync(0);
        await Assertions.Expect(PublicationSteps.Stage(priya)).ToContainTextAsync("In review");
        Assert.Equal(MinutesStage.InReview, await QueryAsync(db => db.MinutesWorkflows.Where(w => w.MeetingId == today.Id).Select(w => w.Stage).SingleAsync()));
        Assert.Equal(0, await QueryAsync(db => db.MinutesSections.CountAsync(x => x.MeetingId == today.Id && x.LockedAt != null)));
        await PublicationSteps.ApproveAsync(priya);
        var workflow = await QueryAsync(db => db.MinutesWorkflows.AsNoTracking().Include(w => w.Comments).SingleAsync(w => w.MeetingId == today.Id));
        Assert.Equal(MinutesStage.Approved, workflow.Stage);
        Assert.True(await QueryAsync(db => db.MinutesSections.Where(x => x.MeetingId == today.Id).AllAsync(x => x.LockedAt != null)));
        Assert.Equal("Aisha Rahman", Assert.Single(workflow.Comments).AuthorName);

        // --- Both co-chairs sign, each confirming a true record and re-entering their password.
        foreach (var (page, shot) in new[] { (helen, "8-sign-dialog"), (rotating, (string?)null) })
        {
            await page.GotoAsync(publication);
            await BrowserSession.WaitForInteractiveAsync(page);
            if (page == helen)
            {
                // A mistyped password is refused beside the password field, the dialog stays open, and nothing is signed.
                await page.Locator("[data-testid=step-sign]").ClickAsync();
                await page.GetByText("I confirm these minutes are a true record").ClickAsync();
                await page.Locator("[data-testid=sign-password] input, input[data-testid=sign-password]").First.FillAsync("not-" + AppServer.DemoPassword);
                await page.Locator("[data-testid=sign-confirm]").ClickAsync();
                await Assertions.Expect(page.Locator(".mud-dialog .mud-input-control", new() { HasText = "Your password" }))
                    .ToContainTextAsync("That is not your password: nothing was signed.");
                await DialogScreens.TakeAsync(page, "full-cycle-8a-sign-wrong-password");
                Assert.Empty((await QueryAsync(db => db.MinutesWorkflows.AsNoTracking().Include(w => w.Signatures).SingleAsync(w => w.MeetingId == today.Id))).Signatures);
                await page.Locator("[data-testid=sign-cancel]").ClickAsync();
                await Assertions.Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
            }
            await PublicationSteps.SignAsync(page, shot is null ? null : "full-cycle-" + shot);
            await page.Context.CloseAsync();
        }
        Assert.Equal(2, (await QueryAsync(db => db.MinutesWorkflows.AsNoTracking().Include(w => w.Signatures).SingleAsync(w => w.MeetingId == today.Id))).Signatures.Count);

        // --- The secretariat publishes.
        await priya.ReloadAsync();
        await BrowserSession.WaitForInteractiveAsync(priya);
        await Assertions.Expect(priya.Locator("[data-testid=signature-valid]")).ToHaveCountAsync(2);
        // The history names the nation as written: "as rotating co-chair (Scotland)", not "(scotland)".
        await Assertions.Expect(priya.Locator("[data-testid=history]")).ToContainTextAsync(new Regex(@"Signed the minutes as rotating co-chair \([A-Z]"));
        await PublicationSteps.PublishAsync(priya, 1);
        await ShotAsync(priya, "9-published");
        await priya.Context.CloseAsync();
        var published = await QueryAsync(db => db.MinutesPublications.AsNoTracking().SingleAsync(p => p.MeetingId == today.Id));
        Assert.Equal(1, published.Version);

        // --- An anonymous reader: the forum page and its PDF.
        var reader = await (await Browser.NewContextAsync(new() { BaseURL = Server.BaseAddress.ToString(), AcceptDownloads = true })).NewPageAsync();
        await reader.GotoAsync($"forum/{Board}/minutes/{today.Number}");
        var minutes = reader.Locator("[data-testid=minutes]");
        await Assertions.Expect(reader.Locator("[data-testid=content-hash]")).ToHaveTextAsync(published.PublicSha256);
        // When it was held, in words on the UK clock: "Wednesday 2 December 2026, 14:05–14:07 (UK time)".
        await Assertions.Expect(reader.Locator("[data-testid=held]")).ToHaveTextAsync(held);
        // The day it was planned for, which it was not held on, appears nowhere.
        await Assertions.Expect(reader.Locator("body")).Not.ToContainTextAsync(scheduledDay);
        var nextDay = MeetingTimeText.Day(next.StartsAt);
        var quorum = $"The meeting was quorate: 7 of {votingMembers} members present; quorum 5 members including a co-chair.";
        foreach (var expected in new[]
        {
            Decision, decisionRef, actionRef, Action, "Grace Okafor", newItemText, welcomeText, quorum, "(UK time)",
            $"Not reached; carried to the meeting of {nextDay}.", "Paper presented in the absence of Carys Morgan",
            $"Aisha Rahman declared an interest ({Interest}) and withdrew for this item.",
        })
        {
            await Assertions.Expect(minutes).ToContainTextAsync(expected);
        }
        await Assertions.Expect(minutes.Locator("p", new() { HasText = "In attendance:" })).ToContainTextAsync("Priya Raman (Secretariat");
        await Assertions.Expect(minutes.Locator("table", new() { HasText = "Present" }).First).Not.ToContainTextAsync("Priya Raman");
        await Assertions.Expect(minutes).Not.ToContainTextAsync(ReservedItem);
        await Assertions.Expect(minutes).Not.ToContainTextAsync(ReservedWord);
        await Assertions.Expect(minutes).Not.ToContainTextAsync(reservedRef);
        await Assertions.Expect(minutes).Not.ToContainTextAsync("Procurement of genomic testing services");
        await Assertions.Expect(minutes).Not.ToContainTextAsync("Presented by Carys Morgan");
        Assert.DoesNotMatch(@">[^<]*\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", await reader.ContentAsync());
        await ShotAsync(reader, "10-forum-minutes");
        await PhoneFit.AssertFitsAtPhoneWidthAsync(reader, "the forum minutes");

        var download = await reader.RunAndWaitForDownloadAsync(() => reader.Locator("[data-testid=download-pdf]").ClickAsync());
        var pdf = Path.Combine(PdfTools.OutputFolder, "full-cycle-public.pdf");
        await download.SaveAsAsync(pdf);
        await reader.Context.CloseAsync();
        var text = Regex.Replace(PdfTools.Text(pdf), @"\s+", " ");
        Assert.Contains(decisionRef, text, StringComparison.Ordinal);
        Assert.Contains("commission a horizon scan of newborn", text, StringComparison.Ordinal);
        Assert.Contains("In attendance:", text, StringComparison.Ordinal);
        Assert.Contains("The meeting was quorate", text, StringComparison.Ordinal);
        Assert.DoesNotContain(ReservedWord, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ReservedItem, text, StringComparison.Ordinal);
        Assert.DoesNotContain(reservedRef, text, StringComparison.Ordinal);
        Assert.Contains(MeetingTimeText.Day(closed.HeldAt), text, StringComparison.Ordinal);
        Assert.DoesNotContain(scheduledDay, text, StringComparison.Ordinal);

        await SecretariatKeepsTheRegistersAsync(action, decisionRef, reservedRef, closed);
    }

    /// <summary>
    /// After publication the secretariat updates the action the meeting agreed (in progress, with a comment), corrects
    /// it (a new owner, the due date moved with a reason), reads both in its history, and exports both registers as
    /// the pages first show them; an observer's exports hold nothing reserved, another board's nothing of this one.
    /// </summary>
    private async Task SecretariatKeepsTheRegistersAsync(ActionItem agreed, string decisionRef, string reservedRef, Meeting closed)
    {
        var priya = await BrowserSession.OpenAsync(Browser, Server, "priya.raman@rdfb.example", "actions");
        var row = priya.Locator($"[data-testid=action-row][data-ref='{agreed.Reference}']");
        await row.GetByRole(AriaRole.Button, new() { Name = "Update" }).ClickAsync();
        await row.Locator("[data-testid=action-update-comment] input, input[data-testid=action-update-comment]").First.FillAsync(Progress);
        await ChooseAsync(priya, row.Locator("[data-testid=action-update-status]"), "In progress");
        await row.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync($"Priya Raman: {Progress} → In progress");
        await Assertions.Expect(row.Locator("td[data-label=Status] .mud-chip")).ToHaveTextAsync("In progress");

        var newDue = agreed.DueOn.AddDays(14);
        await row.GetByRole(AriaRole.Button, new() { Name = "Update" }).ClickAsync();
        await ChooseAsync(priya, row.Locator("[data-testid=action-correct-owner]"), NewOwner);
        await row.Locator("[data-testid=action-correct-due] input, input[data-testid=action-correct-due]").First.FillAsync(newDue.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        // Moving the due date without a reason is refused beside the reason's field, keeping what was typed.
        await row.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        var reasonField = row.Locator(".mud-input-control", new() { HasText = "Why the due date moves" });
        await Assertions.Expect(reasonField).ToContainTextAsync(ActionItem.DueDateNeedsReason);
        await Assertions.Expect(row.Locator("[data-testid=action-correction]")).ToBeVisibleAsync();
        Assert.Equal(agreed.DueOn, await QueryAsync(db => db.Actions.Where(a => a.Id == agreed.Id).Select(a => a.DueOn).SingleAsync()));
        await row.Locator("[data-testid=action-correct-due-reason] input, input[data-testid=action-correct-due-reason]").First.FillAsync(DueReason);
        await row.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(row.Locator("[data-testid=action-saved]")).ToContainTextAsync($"Saved {agreed.Reference}");
        await Assertions.Expect(row.Locator("[data-testid=action-correction]")).ToHaveCountAsync(0);
        await Assertions.Expect(row.Locator("td[data-label=Owner]")).ToContainTextAsync(NewOwner);
        await Assertions.Expect(row.Locator("td[data-label=Due]")).ToHaveTextAsync(RegisterDay(newDue));
        var toggle = row.Locator("[data-testid=history-toggle]");
        await Assertions.Expect(toggle).ToHaveTextAsync("History (3)");
        await toggle.ClickAsync();
        var history = row.Locator("[data-testid=history]");
        await Assertions.Expect(history).ToContainTextAsync("Status: Open → In progress");
        await Assertions.Expect(history).ToContainTextAsync($"Owner: Grace Okafor → {NewOwner}");
        await Assertions.Expect(history).ToContainTextAsync($"Due date: {RegisterDay(agreed.DueOn)} → {RegisterDay(newDue)}");
        await Assertions.Expect(history).ToContainTextAsync($"Reason: {DueReason}");
        await Assertions.Expect(priya.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        await ShotAsync(priya, "11-action-updated-and-corrected");
        await PhoneFit.AssertFitsAtPhoneWidthAsync(priya, "the action register with a correction's history");

        var stored = await QueryAsync(db => db.Actions.AsNoTracking().Include(a => a.Updates).Include(a => a.Changes).SingleAsync(a => a.Id == agreed.Id));
        var niamh = await QueryAsync(db => db.People.Where(p => p.FullName == NewOwner).Select(p => p.Id).SingleAsync());
        Assert.Equal((ActionStatus.InProgress, newDue, (BoardRoom.Core.People.PersonId?)niamh), (stored.Status, stored.DueOn, stored.OwnerPersonId));
        Assert.Equal(Progress, Assert.Single(stored.Updates).Comment);
        Assert.Equal(new[] { ActionChangeField.Status, ActionChangeField.Owner, ActionChangeField.DueDate }.Order(), stored.Changes.Select(c => c.Field).Order());
        Assert.Equal(DueReason, stored.Changes.Single(c => c.Field == ActionChangeField.DueDate).Reason);

        // The exports, with the filters as each page first shows them.
        var actions = await DownloadCsvAsync(priya, "actions-csv", "actions.csv");
        var exported = Assert.Single(actions.WithReference(agreed.Reference));
        Assert.Equal((Action, Measure, NewOwner, newDue.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "In progress", "no"),
            (exported["Action"], exported["Measure of success"], exported["Owner"], exported["Due"], exported["Status"], exported["Overdue"]));
        await priya.GotoAsync("decisions");
        await BrowserSession.WaitForInteractiveAsync(priya);
        // The register dates the decision by when the meeting was held.
        await Assertions.Expect(priya.Locator($"[data-testid=decision-row][data-ref='{decisionRef}'] td[data-label=Meeting]")).ToContainTextAsync(When.Day(closed.HeldAt));
        var decisions = await DownloadCsvAsync(priya, "decisions-csv", "decisions.csv");
        var decision = Assert.Single(decisions.WithReference(decisionRef));
        Assert.Equal((Decision, NewItem, LondonTime.ToLocal(closed.HeldAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            (decision["Decision"], decision["Item"], decision["Date"]));
        Assert.Single(decisions.WithReference(reservedRef));
        await priya.Context.CloseAsync();

        // An observer exports both registers too: the journey's public decision and action, nothing reserved.
        var anna = await BrowserSession.OpenAsync(Browser, Server, "anna.schmidt@rdfb.example", "decisions");
        var observed = await DownloadCsvAsync(anna, "decisions-csv", "decisions.csv");
        Assert.Single(observed.WithReference(decisionRef));
        Assert.Empty(observed.WithReference(reservedRef));
        await anna.GotoAsync("actions");
        await BrowserSession.WaitForInteractiveAsync(anna);
        var observedActions = await DownloadCsvAsync(anna, "actions-csv", "actions.csv");
        Assert.Single(observedActions.WithReference(agreed.Reference));
        foreach (var table in new[] { observed, observedActions })
        {
            var cells = table.Rows.SelectMany(r => r).ToList();
            Assert.DoesNotContain(cells, c => c.Contains(ReservedWord, StringComparison.Ordinal) || c.Contains(ReservedItem, StringComparison.Ordinal));
        }
        await anna.Context.CloseAsync();

        // A member of the other board only: nothing of this board. Without signing in: no export at all.
        var boardName = await QueryAsync(db => db.Boards.Where(b => b.Slug == Board).Select(b => b.Name).SingleAsync());
        using var other = await SignIn.SignedInClientAsync(Server, "laura.finch@nsap.example");
        using var anonymous = Server.CreateClient();
        foreach (var path in new[] { "api/registers/actions.csv", "api/registers/decisions.csv" })
        {
            var theirs = CsvTable.Parse(await other.GetStringAsync(path));
            Assert.DoesNotContain(theirs.Rows, r => r.Contains(boardName));
            var refused = await anonymous.GetAsync(path);
            Assert.NotEqual(System.Net.HttpStatusCode.OK, refused.StatusCode);
            Assert.DoesNotContain(Decision, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    /// <summary>Opens a MudSelect, picks <paramref name="choice"/>, and waits until the list has closed and the select shows it.</summary>
    private static async Task ChooseAsync(IPage page, ILocator select, string choice)
    {
        await select.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").GetByText(choice, new() { Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var shown = await select.EvaluateAsync<string>("e => e.innerText + ' ' + [...e.querySelectorAll('input')].map(i => i.value).join(' ')");
            if (shown.Contains(choice, StringComparison.Ordinal))
            {
                return;
            }
            await Task.Delay(200);
        }
        Assert.Fail($"The select never showed \"{choice}\" as chosen.");
    }

    /// <summary>Clicks a register's CSV link and reads the download.</summary>
    private static async Task<CsvTable> DownloadCsvAsync(IPage page, string testId, string fileName)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator($"[data-testid={testId}]").ClickAsync());
        Assert.Equal(fileName, download.SuggestedFilename);
        Assert.Null(await download.FailureAsync());
        return CsvTable.Parse(await File.ReadAllTextAsync((await download.PathAsync())!));
    }

    private static string RegisterDay(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>Waits until the server's op log for a section holds the text (the editor sends edits as it goes).</summary>
    private async Task WaitForLogAsync(Guid sectionId, string text)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if ((await ServerDatabase.ReplayLogAsync(Server, sectionId)).Text.Contains(text, StringComparison.Ordinal))
            {
                return;
            }
            await Task.Delay(200);
        }
        Assert.Fail($"The op log of section {sectionId} never held \"{text}\".");
    }
}
