using System.Text.RegularExpressions;
using BoardRoom.App.Data;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Minutes.Records;
using BoardRoom.Tests.Core.Publication;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BoardRoom.Tests.Browser.Journeys;

/// <summary>
/// One meeting from plan to public record on a fresh demo, each step taken by the person whose job it is, in their own
/// browser: the secretariat plans, both co-chairs approve, a co-chair runs and closes it, members and the secretariat
/// take the minutes together, review, approval, both signatures, publication, and an anonymous reader of the forum.
/// Each step checks what the person sees and what was stored. Own app: it runs, closes and publishes a meeting.
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
        await RunPage.StartAsync(helen);
        foreach (var name in new[] { "Helen Marsh", rotatingName, "Aisha Rahman", "Grace Okafor", "Euan Campbell", "Niamh Kelly", "Marcus Lee", "Priya Raman" })
        {
            await RunPage.MarkAsync(helen, name);
        }
        await RunPage.MarkAsync(helen, "Carys Morgan", "Apologies");
        await RunPage.GoToItemAsync(helen, NewItem);

        var aisha = await BrowserSession.OpenAsync(Browser, Server, "aisha.rahman@rdfb.example", $"meetings/{today.Id}");
        await Assertions.Expect(aisha.Locator("[data-testid=current-item-title]")).ToContainTextAsync(NewItem);
        await MeetingPageSteps.DeclareAsync(aisha, Interest);
        await Assertions.Expect(aisha.Locator("[data-testid=quorum]")).ToContainTextAsync("1 withdrawn from this item for an interest");
        await ShotAsync(aisha, "3-member-declares-interest");

        var decisionRef = await RunPage.RecordDecisionAsync(helen, Decision);
        var actionRef = await RunPage.RecordActionAsync(helen, Action, Measure, "Grace Okafor");
        await ShotAsync(helen, "4-run-decision-and-action");
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
        await PublicationSteps.StepAsync(priya, "step-approve", "awaiting signatures");
        var workflow = await QueryAsync(db => db.MinutesWorkflows.AsNoTracking().Include(w => w.Comments).SingleAsync(w => w.MeetingId == today.Id));
        Assert.Equal(MinutesStage.Approved, workflow.Stage);
        Assert.Equal("Aisha Rahman", Assert.Single(workflow.Comments).AuthorName);

        // --- Both co-chairs sign, each confirming a true record and re-entering their password.
        foreach (var (page, shot) in new[] { (helen, "8-sign-dialog"), (rotating, (string?)null) })
        {
            await page.GotoAsync(publication);
            await BrowserSession.WaitForInteractiveAsync(page);
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
        await Assertions.Expect(reader.Locator("[data-testid=held]")).ToHaveTextAsync(MeetingTimeText.Span(closed.HeldAt, closed.HeldUntil));
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
    }

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
