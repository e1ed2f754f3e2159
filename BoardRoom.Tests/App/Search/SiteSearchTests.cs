using BoardRoom.App.Data;
using BoardRoom.App.Features.Agendas;
using BoardRoom.App.Features.Minutes;
using BoardRoom.App.Features.Registers;
using BoardRoom.App.Features.Search;
using BoardRoom.App.Hosting;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Minutes.Ot;
using BoardRoom.Core.Minutes.Sequencing;
using BoardRoom.Tests.App.Administration;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoardRoom.Tests.App.Search;

/// <summary>
/// Search through the app's services over a real seeded database of each engine: who finds what (the scope is in the
/// query, so counts never tell of reserved business), the index following edits, minutes and rebuilds, ranking,
/// snippets that stay text, and input that is never query syntax.
/// </summary>
[Trait(TestProvider.Trait, TestProvider.Both)]
public sealed class SiteSearchTests : IAsyncLifetime
{
    private const string Secretariat = PlanningHarness.Secretariat;
    private const string Member = PlanningHarness.Member;
    private const string Observer = PlanningHarness.Observer;
    private const string OtherBoardCoChair = "laura.finch@nsap.example";

    private PlanningHarness _h = null!;

    public async Task InitializeAsync() => _h = await PlanningHarness.CreateAsync(services => services.AddBoardRoomMinutes());

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private async Task<SearchResults> SearchAsAsync(string email, string query, int page = 1) =>
        await (await _h.AsAsync<SiteSearch>(email)).SearchAsync(query, page);

    private static string Heading(SearchHit hit) => string.Concat(hit.Heading.Select(p => p.Text));

    private static string Snippet(SearchHit hit) => string.Concat(hit.Snippet.Select(p => p.Text));

    [Fact]
    public async Task TheSecretariatFindsReservedAndPublicBusiness_AndTheObserverOnlyThePublic()
    {
        var secretariat = await SearchAsAsync(Secretariat, "genomic");
        var observer = await SearchAsAsync(Observer, "genomic");

        // The reserved item of the next meeting, and the public minutes of the last one ("genome sequencing", "genomic medicine").
        var reserved = Assert.Single(secretariat.Hits, h => h.IsReserved);
        Assert.Equal((SearchKind.AgendaItem, "Procurement of genomic testing services"), (reserved.Kind, Heading(reserved)));
        Assert.Contains(reserved.Heading, p => p is { IsMatch: true, Text: "genomic" });
        Assert.Contains(secretariat.Hits, h => h is { Kind: SearchKind.Minutes, IsReserved: false } && h.ItemTitle!.StartsWith("England action plan", StringComparison.Ordinal));
        Assert.Equal(secretariat.Hits.Count, secretariat.Total);

        Assert.DoesNotContain(observer.Hits, h => h.IsReserved);
        Assert.DoesNotContain(observer.Hits, h => Heading(h).Contains("Procurement", StringComparison.Ordinal));
        Assert.Contains(observer.Hits, h => h.Kind == SearchKind.Minutes && h.ItemTitle!.StartsWith("England action plan", StringComparison.Ordinal));
        // The count is the observer's own: nothing in it says that reserved business matched.
        Assert.Equal(secretariat.Total - secretariat.Hits.Count(h => h.IsReserved), observer.Total);
        Assert.Equal(observer.Hits.Count, observer.Total);
    }

    [Fact]
    public async Task BusinessFoundOnlyInReservedItems_IsNothingAtAllToAnObserver()
    {
        // "Meridian" is only in the reserved commercial item's minutes and decision.
        var member = await SearchAsAsync(Member, "Meridian");
        var observer = await SearchAsAsync(Observer, "Meridian");

        Assert.Equal([SearchKind.Minutes, SearchKind.Decision], member.Hits.Select(h => h.Kind).Order().ToArray());
        Assert.All(member.Hits, h => Assert.True(h.IsReserved));
        Assert.Equal((SearchOutcome.Searched, 0, 0), (observer.Outcome, observer.Total, observer.Hits.Count));
        Assert.Equal("Nothing found for “Meridian”.", observer.Message);
    }

    [Fact]
    public async Task AnotherBoardsCoChair_FindsNothingOfThisBoard_AndThisBoardNothingOfTheirs()
    {
        foreach (var word in new[] { "genomic", "Meridian", "coordinated care", "Delivery Group" })
        {
            var results = await SearchAsAsync(OtherBoardCoChair, word);
            Assert.True(results.Total == 0, $"Laura Finch found {results.Total} hit(s) of another board for '{word}'.");
        }
        var own = await SearchAsAsync(OtherBoardCoChair, "screening");
        Assert.Contains(own.Hits, h => Heading(h) == "Evidence review: conditions proposed for screening");
        Assert.All(own.Hits, h => Assert.Equal("Newborn Screening Advisory Panel", h.BoardName));

        var secretariat = await SearchAsAsync(Secretariat, "conditions proposed for screening");
        Assert.Equal(0, secretariat.Total);
    }

    [Fact]
    public async Task AMemberDemotedToObserver_NoLongerFindsReservedBusiness_FromTheNextSearch()
    {
        Assert.Equal(2, (await SearchAsAsync(Member, "Meridian")).Total);

        await using (var db = _h.Open())
        {
            var board = await db.Boards.Include(b => b.Members).SingleAsync(b => b.Slug == PlanningHarness.Board);
            var seat = board.ActiveMembershipOf(await _h.Database.PersonIdAsync(Member))!;
            board.ChangeRole(seat.Id, BoardRole.Observer, seat.Nation);
            await db.SaveChangesAsync();
        }

        var after = await SearchAsAsync(Member, "Meridian");
        Assert.Equal(0, after.Total);
        Assert.DoesNotContain((await SearchAsAsync(Member, "genomic")).Hits, h => h.IsReserved);
    }

    [Fact]
    public async Task AReclassifiedItem_IsFoundOrHiddenAtOnce_ItsMinutesAndDecisionsWithIt()
    {
        var next = await _h.NextMeetingAsync();
        var item = next.AgendaItems.Single(i => i.Title.StartsWith("Wales action plan", StringComparison.Ordinal));
        var editor = await _h.AsAsync<AgendaEditor>(Secretariat);
        Assert.Contains((await SearchAsAsync(Observer, "Wales mid-year")).Hits, h => h.Kind == SearchKind.AgendaItem);

        await editor.ReviseItemAsync(next.Id, item.Id, new AgendaItemForm
        {
            Title = item.Title, Purpose = item.Purpose, Presenter = item.Presenter, MinutesAllotted = item.MinutesAllotted,
            Description = item.Description, IsReserved = true,
        });

        Assert.Equal(0, (await SearchAsAsync(Observer, "Wales mid-year")).Total);
        Assert.True(Assert.Single((await SearchAsAsync(Secretariat, "Wales mid-year")).Hits).IsReserved);
    }

    [Fact]
    public async Task AnEditedItem_AnAddedAction_AndRemovedItem_AreFoundAsTheyNowAre()
    {
        var next = await _h.NextMeetingAsync();
        var item = next.AgendaItems.Single(i => i.Title.StartsWith("Awareness and education", StringComparison.Ordinal));
        var editor = await _h.AsAsync<AgendaEditor>(Secretariat);

        await editor.ReviseItemAsync(next.Id, item.Id, new AgendaItemForm
        {
            Title = "Awareness and education: quokka outreach", Purpose = item.Purpose, Presenter = "Sarah Bell", MinutesAllotted = item.MinutesAllotted,
            Description = "Training for clinicians in remote areas.",
        });
        var hit = Assert.Single((await SearchAsAsync(Member, "quokka")).Hits);
        Assert.Equal((SearchKind.AgendaItem, $"/meetings/{next.Id}"), (hit.Kind, hit.Href));
        Assert.Equal(0, (await SearchAsAsync(Member, "clinician training update")).Total);

        var actions = await _h.AsAsync<ActionRegister>(Secretariat);
        var reference = await actions.AgreeAsync(next.Id, item.Id, "Draft the wombat leaflet for clinics", null, "Rare Diseases Policy Unit",
            "Leaflet approved", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30));
        var action = Assert.Single((await SearchAsAsync(Member, "wombat")).Hits);
        Assert.Equal((SearchKind.Action, reference, $"/actions?text={reference}"), (action.Kind, Heading(action), action.Href));
        Assert.Contains(action.Snippet, p => p is { IsMatch: true, Text: "wombat" });

        var added = await editor.AddItemAsync(next.Id, new AgendaItemForm { Title = "Platypus registry", MinutesAllotted = 5 });
        Assert.Equal(1, (await SearchAsAsync(Member, "platypus")).Total);
        await editor.RemoveItemAsync(next.Id, added);
        Assert.Equal(0, (await SearchAsAsync(Member, "platypus")).Total);
    }

    [Fact]
    public async Task MinutesTyped_AreFoundOnceTheIndexerHasReadThem_AndOnlyWhereTheItemMayBeSeen()
    {
        var next = await _h.NextMeetingAsync();
        var item = next.AgendaItems.Single(i => i.Title.StartsWith("Data and digital", StringComparison.Ordinal));
        var reserved = next.AgendaItems.Single(i => i.IsReserved);
        var services = await _h.ScopeAsAsync(Secretariat);
        var secretariat = await _h.Database.PersonIdAsync(Secretariat);
        // The hub opens a section before anyone types in it.
        await services.GetRequiredService<MinutesSections>().CheckAsync(secretariat, item.Id.Value);
        await services.GetRequiredService<MinutesSections>().CheckAsync(secretariat, reserved.Id.Value);

        await TypeAsync(item.Id.Value, "The group agreed the narwhal data set, subject to consultation.");
        await TypeAsync(reserved.Id.Value, "Bids from the narwhal consortium were compared.");
        Assert.Equal(0, (await SearchAsAsync(Member, "narwhal")).Total);
        await _h.Services.GetRequiredService<MinutesSearchIndexer>().IndexPendingAsync();

        var member = await SearchAsAsync(Member, "narwhal");
        Assert.Equal(2, member.Total);
        var open = Assert.Single(member.Hits, h => !h.IsReserved);
        Assert.Equal((SearchKind.Minutes, item.Title, $"/meetings/{next.Id}/minutes#item-{item.Id}"), (open.Kind, Heading(open), open.Href));
        Assert.Contains(open.Snippet, p => p is { IsMatch: true, Text: "narwhal" });
        var observer = await SearchAsAsync(Observer, "narwhal");
        Assert.Equal(item.Title, Heading(Assert.Single(observer.Hits)));

        // Typed on: the new words are found and the old ones, deleted, are not.
        await TypeAsync(item.Id.Value, "Later the narwhal became a beluga.", replace: "The group agreed the narwhal data set, subject to consultation.".Length);
        await _h.Services.GetRequiredService<MinutesSearchIndexer>().IndexPendingAsync();
        Assert.Equal(1, (await SearchAsAsync(Observer, "beluga")).Total);
        Assert.Equal(0, (await SearchAsAsync(Observer, "consultation")).Total);
    }

    [Fact]
    public async Task WithTheIndexerRunning_MinutesAreFoundAMomentAfterTheyAreTyped()
    {
        var next = await _h.NextMeetingAsync();
        var item = next.AgendaItems.Single(i => i.Title.StartsWith("Wales action plan", StringComparison.Ordinal));
        await (await _h.ScopeAsAsync(Secretariat)).GetRequiredService<MinutesSections>().CheckAsync(await _h.Database.PersonIdAsync(Secretariat), item.Id.Value);
        var indexer = _h.Services.GetRequiredService<MinutesSearchIndexer>();
        await indexer.StartAsync(CancellationToken.None);
        try
        {
            await TypeAsync(item.Id.Value, "Members welcomed the axolotl");
            await TypeAsync(item.Id.Value, " programme.");

            var found = 0;
            for (var waited = 0; waited < 15_000 && found == 0; waited += 100)
            {
                await Task.Delay(100);
                found = (await SearchAsAsync(Observer, "axolotl programme")).Total;
            }
            Assert.Equal(1, found);
        }
        finally
        {
            await indexer.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>Types into a section through the app's op log, as the hub's sequencer does: at its end, or over its first <paramref name="replace"/> characters.</summary>
    [Fact]
    public async Task MinutesOfASectionOpenOnThisNode_AreIndexedAsTheLogHoldsThem_EvenWhereAnotherWriterWentLast()
    {
        var next = await _h.NextMeetingAsync();
        var item = next.AgendaItems.Single(i => i.Title.StartsWith("Data and digital", StringComparison.Ordinal));
        var secretariat = await _h.Database.PersonIdAsync(Secretariat);
        await (await _h.ScopeAsAsync(Secretariat)).GetRequiredService<MinutesSections>().CheckAsync(secretariat, item.Id.Value);
        var open = await _h.Services.GetRequiredService<DocumentSequencerRegistry>().GetAsync(item.Id.Value);
        var author = secretariat.ToString();

        var state = await open.GetStateAsync();
        Assert.Equal(string.Empty, state.Text);
        await open.SubmitAsync(new Submission("open-node", 1, state.Revision, TextOperation.Insert(0, 0, "The axolotl register was agreed."), author));
        await _h.Services.GetRequiredService<MinutesSearchIndexer>().IndexPendingAsync();
        Assert.Equal(1, (await SearchAsAsync(Member, "axolotl")).Total);

        // Another writer (another node) replaces the text; the section is still open here, a revision behind.
        await TypeAsync(item.Id.Value, "The quokka register was agreed.", replace: "The axolotl register was agreed.".Length);
        await _h.Services.GetRequiredService<MinutesSearchIndexer>().IndexPendingAsync();

        Assert.Equal(1, (await SearchAsAsync(Member, "quokka")).Total);
        Assert.Equal(0, (await SearchAsAsync(Member, "axolotl")).Total);
    }

    private async Task TypeAsync(Guid section, string text, int replace = 0)
    {
        var log = _h.Services.GetRequiredService<IOperationLog>();
        using var sequencer = await DocumentSequencer.OpenAsync(section, log);
        var state = await sequencer.GetStateAsync();
        var operation = replace > 0
            ? TextOperation.Replace(state.Text.Length, 0, replace, text)
            : TextOperation.Insert(state.Text.Length, state.Text.Length, text);
        var author = (await _h.Database.PersonIdAsync(Secretariat)).ToString();
        await sequencer.SubmitAsync(new Submission("search-test", state.Revision + 1, state.Revision, operation, author));
    }

    [Fact]
    public async Task TheFullRebuild_HoldsWhatTheDatabaseHolds_AndRunsOnlyForAMissingOrOlderIndex()
    {
        var index = _h.Services.GetRequiredService<SearchIndex>();
        Assert.False(await index.EnsureCurrentAsync());
        var before = (await SearchAsAsync(Secretariat, "rare disease")).Total;
        Assert.True(before >= 2, $"Only {before} hit(s) for 'rare disease'.");

        await using (var db = _h.Open())
        {
            await db.SearchEntries.ExecuteDeleteAsync();
            await db.SearchIndexState.ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, SearchDocuments.Version - 1));
        }
        Assert.Equal(0, (await SearchAsAsync(Secretariat, "rare disease")).Total);

        Assert.True(await index.EnsureCurrentAsync());
        Assert.Equal(before, (await SearchAsAsync(Secretariat, "rare disease")).Total);
        Assert.Equal(2, (await SearchAsAsync(Member, "Meridian")).Total);
    }

    [Fact]
    public async Task AnItemNamedByTheWords_RanksAboveTextThatMentionsThemInPassing()
    {
        var results = await SearchAsAsync(Member, "coordinated care pilots");

        // The item has the words in its title; the decision only in its wording.
        Assert.True(results.Total >= 2, $"Only {results.Total} hit(s).");
        var first = results.Hits[0];
        Assert.Equal(SearchKind.AgendaItem, first.Kind);
        Assert.StartsWith("Coordinated care pilots", Heading(first), StringComparison.Ordinal);
        Assert.Contains(results.Hits.Skip(1), h => h.Kind == SearchKind.Decision);
    }

    [Fact]
    public async Task ADecisionHit_LinksToTheRegisterFilteredToItsReference()
    {
        var hit = (await SearchAsAsync(Member, "evaluation measures")).Hits.First(h => h.Kind == SearchKind.Decision);

        Assert.Matches(@"^D-\d{4}-\d{2}$", Heading(hit));
        Assert.Equal($"/decisions?text={Heading(hit)}", hit.Href);
        Assert.Contains(hit.Snippet, p => p is { IsMatch: true } && p.Text.Contains("evaluation", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(1, (await SearchAsAsync(Member, Heading(hit))).Hits.Count(h => h.Kind == SearchKind.Decision));
    }

    [Fact]
    public async Task StoredMarkup_ComesBackAsText_AndOnlyTheIndexMarksWords()
    {
        var next = await _h.NextMeetingAsync();
        var editor = await _h.AsAsync<AgendaEditor>(Secretariat);
        await editor.AddItemAsync(next.Id, new AgendaItemForm
        {
            Title = "<b>Bold</b> zanzibar", MinutesAllotted = 5,
            Description = "<script>alert('zanzibar')</script> <mark>fake</mark> \u0002forged\u0003 & more",
        });

        var hit = Assert.Single((await SearchAsAsync(Member, "zanzibar")).Hits);

        Assert.Equal("<b>Bold</b> zanzibar", Heading(hit));
        Assert.Equal(new SnippetPart("zanzibar", true), hit.Heading[^1]);
        Assert.Contains("<script>alert('", Snippet(hit), StringComparison.Ordinal);
        Assert.Contains("<mark>fake</mark>", Snippet(hit), StringComparison.Ordinal);
        Assert.Equal(["zanzibar"], hit.Snippet.Where(p => p.IsMatch).Select(p => p.Text).ToArray());
        // Stored text cannot forge a mark: the index keeps no control characters.
        Assert.DoesNotContain(hit.Snippet, p => p.Text.Contains('\u0002') || p.Text.Contains('\u0003'));
        Assert.Contains(" forged ", Snippet(hit), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"", false)]
    [InlineData("*", false)]
    [InlineData("AND(", false)]
    [InlineData("genomic AND(", true)]
    [InlineData("\"genomic", true)]
    [InlineData("\"genomic testing\" (", true)]
    [InlineData("NEAR(genomic testing, 2)", false)]
    [InlineData("Title:genomic", false)]
    [InlineData("-genomic", true)]
    [InlineData("genomic*", true)]
    [InlineData("genomic | testing & !(services)", true)]
    [InlineData("'; DROP TABLE \"SearchEntries\"; --", false)]
    [InlineData("{0} {1} %s", false)]
    [InlineData("^genomic OR NOT testing", true)]
    [InlineData("\u0002genomic\u0003", true)]
    [InlineData("the", false)]
    public async Task QuerySyntaxTyped_IsOnlyWords_AndNeverFails(string typed, bool findsTheGenomicItem)
    {
        var results = await SearchAsAsync(Secretariat, typed);

        Assert.NotEqual(SearchOutcome.NoBoards, results.Outcome);
        Assert.Equal(findsTheGenomicItem, results.Hits.Any(h => h.Kind == SearchKind.AgendaItem && Heading(h) == "Procurement of genomic testing services"));
        await using var db = _h.Open();
        Assert.True(await db.SearchEntries.AnyAsync());
    }

    [Theory]
    [InlineData(null, SearchOutcome.NoQuery, SiteSearch.NoQueryMessage)]
    [InlineData("   ", SearchOutcome.NoQuery, SiteSearch.NoQueryMessage)]
    [InlineData("a", SearchOutcome.TooShort, SiteSearch.TooShortMessage)]
    [InlineData("* ? !", SearchOutcome.TooShort, SiteSearch.TooShortMessage)]
    public async Task AnEmptyOrTooShortQuery_SaysSo_WithoutSearching(string? typed, SearchOutcome outcome, string message)
    {
        var results = await SearchAsAsync(Secretariat, typed!);

        Assert.Equal((outcome, message, 0), (results.Outcome, results.Message, results.Hits.Count));
    }

    [Fact]
    public async Task Pages_HoldDifferentHits_AndTheCountIsTheWholeSearch()
    {
        var next = await _h.NextMeetingAsync();
        await using (var db = await _h.Services.GetRequiredService<IDbContextFactory<BoardRoomDbContext>>().CreateDbContextAsync())
        {
            var meeting = await db.Meetings.Include(m => m.AgendaItems).SingleAsync(m => m.Id == next.Id);
            for (var i = 1; i <= SiteSearch.PageSize + 5; i++)
            {
                meeting.AddAgendaItem($"Ocelot report {i}", AgendaPurpose.ForInformation, "Secretariat", 1, isReserved: i % 5 == 0);
            }
            await db.SaveChangesAsync();
        }

        var first = await SearchAsAsync(Secretariat, "ocelot");
        var second = await SearchAsAsync(Secretariat, "ocelot", page: 2);
        var observer = await SearchAsAsync(Observer, "ocelot", page: 2);

        Assert.Equal((SiteSearch.PageSize + 5, 2), (first.Total, first.Pages));
        Assert.Equal((SiteSearch.PageSize, 5), (first.Hits.Count, second.Hits.Count));
        Assert.Equal(first.Total, second.Total);
        Assert.Empty(first.Hits.Select(Heading).Intersect(second.Hits.Select(Heading)));
        // Five of them are reserved: the observer's count and pages are of the twenty that are not.
        Assert.Equal((SiteSearch.PageSize, 1, 0), (observer.Total, observer.Pages, observer.Hits.Count));
    }
}
