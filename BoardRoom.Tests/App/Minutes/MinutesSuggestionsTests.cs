using BoardRoom.App.Data;
using BoardRoom.App.Features.Minutes;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Common;
using BoardRoom.Core.Minutes.Ot;
using BoardRoom.Core.Minutes.Records;
using BoardRoom.Core.Minutes.Sequencing;
using BoardRoom.Core.Minutes.Suggestions;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoardRoom.Tests.App.Minutes;

/// <summary>
/// Suggested changes to the minutes, over the seeded demo in a real database: a member suggests, the meeting's
/// co-chairs and the secretariat accept (an ordinary edit of the suggester's in the op log, through the document's
/// sequencer) or reject; nothing is accepted twice, over text edited since, by anyone else, or into locked minutes.
/// </summary>
[Trait(TestProvider.Trait, TestProvider.Both)]
public sealed class MinutesSuggestionsTests : IAsyncLifetime
{
    private const string Text = "The board approved the budget for 2027.";

    private TestDatabase _db = null!;
    private ServiceProvider _services = null!;
    private long _seq;

    private MinutesSuggestions Suggestions => _services.GetRequiredService<MinutesSuggestions>();

    private IOperationLog Log => _services.GetRequiredService<IOperationLog>();

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateSeededAsync();
        var services = _db.Services();
        services.AddSignalR();
        _services = services.AddSingleton(TimeProvider.System).AddSingleton<MinutesSections>()
            .AddSingleton<IOperationLog, EfOperationLog>()
            .AddSingleton(sp => new DocumentSequencerRegistry(sp.GetRequiredService<IOperationLog>()))
            .AddSingleton<MinutesDocuments>().AddSingleton<MinutesBroadcaster>().AddSingleton(_ => new PresenceRegistry(null))
            .AddSingleton<MinutesSuggestions>().AddSingleton<MinutesOpenThreads>().BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task AnAcceptedSuggestion_IsTheSuggestersEditInTheLog_WhereTheyMeantIt_AfterOthersWroteAboveIt()
    {
        var (aisha, helen, priya) = (await ActorAsync("aisha.rahman@rdfb.example"), await ActorAsync("helen.marsh@rdfb.example"), await ActorAsync("priya.raman@rdfb.example"));
        var section = await ItemAsync(reserved: false);
        await WriteAsync(section, helen, doc => TextOperation.Insert(doc.Length, 0, Text));
        var at = Text.IndexOf("approved", StringComparison.Ordinal);

        var made = await Suggestions.ProposeAsync(aisha, section, 1, at, at + "approved".Length, "noted");
        await WriteAsync(section, helen, doc => TextOperation.Insert(doc.Length, 0, "Item 4, finance.\n"));
        var listed = await Suggestions.ListAsync(helen.PersonId, section);
        var open = Assert.Single(listed.Suggestions);
        Assert.Equal(("approved", "noted", "Aisha Rahman", "open"), (open.Original, open.Replacement, open.Author, open.Status));
        Assert.Equal("approved", (await TextAsync(section))[open.Start..open.End]);
        Assert.True(listed.CanDecide);

        await Suggestions.AcceptAsync(priya, made.Id);

        Assert.Equal("Item 4, finance.\nThe board noted the budget for 2027.", await TextAsync(section));
        var last = (await Log.GetOperationsSinceAsync(section, 0))[^1];
        Assert.Equal((3L, aisha.PersonId.ToString(), $"suggestion-{made.Id:N}"), (last.Revision, last.AuthorId, last.ClientId));
        var decided = Assert.Single((await Suggestions.ListAsync(aisha.PersonId, section)).Suggestions);
        Assert.Equal(("accepted", "Priya Raman"), (decided.Status, decided.DecidedBy));
        await using var db = _db.Open();
        Assert.Equal(3, (await db.Suggestions.SingleAsync()).AcceptedRevision);

        var again = await Assert.ThrowsAsync<DomainRuleException>(() => Suggestions.AcceptAsync(helen, made.Id));
        Assert.Contains("already been accepted by Priya Raman", again.Message);
        Assert.Equal(3, (await Log.GetOperationsSinceAsync(section, 0)).Count);
    }

    [Fact]
    public async Task AnInsertionAtTheCursor_AndADeletion_AreSuggestedAndAccepted()
    {
        var (aisha, helen) = (await ActorAsync("aisha.rahman@rdfb.example"), await ActorAsync("helen.marsh@rdfb.example"));
        var section = await ItemAsync(reserved: false);
        await WriteAsync(section, helen, doc => TextOperation.Insert(doc.Length, 0, Text));

        var insert = await Suggestions.ProposeAsync(aisha, section, 1, Text.Length, Text.Length, " Nem con.");
        var delete = await Suggestions.ProposeAsync(aisha, section, 1, 0, "The board ".Length, "");
        await Suggestions.AcceptAsync(helen, insert.Id);
        await Suggestions.AcceptAsync(helen, delete.Id);

        Assert.Equal("approved the budget for 2027. Nem con.", await TextAsync(section));
    }

    [Fact]
    public async Task AMemberSuggestsButDoesNotDecide_AndAnObserverDoesNeither()
    {
        var (aisha, anna, helen) = (await ActorAsync("aisha.rahman@rdfb.example"), await ActorAsync("anna.schmidt@rdfb.example"), await ActorAsync("helen.marsh@rdfb.example"));
        var section = await ItemAsync(reserved: false);
        await WriteAsync(section, helen, doc => TextOperation.Insert(doc.Length, 0, Text));
        var made = await Suggestions.ProposeAsync(aisha, section, 1, 0, 3, "A");

        var member = await Assert.ThrowsAsync<MinutesAccessDeniedException>(() => Suggestions.AcceptAsync(aisha, made.Id));
        Assert.Equal(MinutesSuggestions.NotDecider, member.Message);
        await Assert.ThrowsAsync<MinutesAccessDeniedException>(() => Suggestions.RejectAsync(aisha, made.Id));
        await Assert.ThrowsAsync<MinutesAccessDeniedException>(() => Suggestions.ProposeAsync(anna, section, 1, 0, 3, "A"));
        await Assert.ThrowsAsync<MinutesAccessDeniedException>(() => Suggestions.WithdrawAsync(anna, made.Id));
        Assert.False((await Suggestions.ListAsync(aisha.PersonId, section)).CanDecide);
        var observer = await Suggestions.ListAsync(anna.PersonId, section);
        Assert.False(observer.CanSuggest || observer.CanDecide);

        // Only its author withdraws it: a co-chair rejects instead.
        await Assert.ThrowsAsync<DomainRuleException>(() => Suggestions.WithdrawAsync(helen, made.Id));
        await Suggestions.WithdrawAsync(aisha, made.Id);
        Assert.Equal("withdrawn", Assert.Single((await Suggestions.ListAsync(helen.PersonId, section)).Suggestions).Status);
        Assert.Equal(Text, await TextAsync(section));
    }

    [Fact]
    public async Task TextEditedInsideTheRangeSince_IsNotOverwritten_AndTheSuggestionCanStillBeRejected()
    {
        var (aisha, helen) = (await ActorAsync("aisha.rahman@rdfb.example"), await ActorAsync("helen.marsh@rdfb.example"));
        var section = await ItemAsync(reserved: false);
        await WriteAsync(section, helen, doc => TextOperation.Insert(doc.Length, 0, Text));
        var at = Text.IndexOf("budget", StringComparison.Ordinal);
        var made = await Suggestions.ProposeAsync(aisha, section, 1, at, at + "budget for 2027".Length, "capital plan");
        await WriteAsync(section, helen, doc => TextOperation.Insert(doc.Length, doc.IndexOf("2027", StringComparison.Ordinal), "April "));
        var before = await TextAsync(section);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => Suggestions.AcceptAsync(helen, made.Id));
        Assert.Contains("edited since", refused.Message);
        Assert.Equal(before, await TextAsync(section));
        Assert.Equal(2, (await Log.GetOperationsSinceAsync(section, 0)).Count);

        await Suggestions.RejectAsync(helen, made.Id);
        Assert.Equal(("rejected", "Helen Marsh"), Assert.Single((await Suggestions.ListAsync(aisha.PersonId, section)).Suggestions) is var s ? (s.Status, s.DecidedBy) : default);
    }

    [Fact]
    public async Task TwoDecidersAcceptingAtOnce_StoreTheEditOnce()
    {
        var (aisha, helen, priya) = (await ActorAsync("aisha.rahman@rdfb.example"), await ActorAsync("helen.marsh@rdfb.example"), await ActorAsync("priya.raman@rdfb.example"));
        var section = await ItemAsync(reserved: false);
        await WriteAsync(section, helen, doc => TextOperation.Insert(doc.Length, 0, Text));
        var made = await Suggestions.ProposeAsync(aisha, section, 1, Text.Length, Text.Length, " Agreed.");

        var outcomes = await Task.WhenAll(new[] { helen, priya }.Select(async who =>
        {
            try
            {
                await Suggestions.AcceptAsync(who, made.Id);
                return "accepted";
            }
            catch (DomainRuleException)
            {
                return "refused";
            }
            catch (DbUpdateConcurrencyException)
            {
                return "refused";
            }
        }));

        Assert.Equal(["accepted", "refused"], outcomes.Order());
        Assert.Equal(Text + " Agreed.", await TextAsync(section));
        Assert.Single(await Log.GetOperationsSinceAsync(section, 0), r => r.ClientId == $"suggestion-{made.Id:N}");
    }

    [Fact]
    public async Task AnEditStoredButNotRecordedAsAccepted_IsRecordedOnTheNextAccept_NotAppliedTwice()
    {
        var (aisha, helen) = (await ActorAsync("aisha.rahman@rdfb.example"), await ActorAsync("helen.marsh@rdfb.example"));
        var section = await ItemAsync(reserved: false);
        await WriteAsync(section, helen, doc => TextOperation.Insert(doc.Length, 0, Text));
        var made = await Suggestions.ProposeAsync(aisha, section, 1, 0, 3, "A");
        // A crash between storing the edit and saving the decision: the edit is in the log under the suggestion's client id.
        var edit = TextOperation.Replace(Text.Length, 0, 3, "A");
        Assert.Equal(AppendResult.Appended, await Log.TryAppendAsync(new OperationRecord(section, 2, aisha.PersonId.ToString(),
            $"suggestion-{made.Id:N}", 1, edit, DateTimeOffset.UtcNow)));

        await Suggestions.AcceptAsync(helen, made.Id);

        Assert.Equal("A board approved the budget for 2027.", await TextAsync(section));
        Assert.Equal(2, (await Log.GetOperationsSinceAsync(section, 0)).Count);
        await using var db = _db.Open();
        Assert.Equal((SuggestionStatus.Accepted, 2L), (await db.Suggestions.SingleAsync()) is var s ? (s.Status, s.AcceptedRevision ?? 0) : default);
    }

    [Fact]
    public async Task ReservedMinutesSuggestions_AreRefusedToAnObserver_AndToAnotherBoard_AndLeftOutOfTheirOpenList()
    {
        var (aisha, anna, laura) = (await ActorAsync("aisha.rahman@rdfb.example"), await ActorAsync("anna.schmidt@rdfb.example"), await ActorAsync("laura.finch@nsap.example"));
        var section = await ItemAsync(reserved: true);
        await WriteAsync(section, aisha, doc => TextOperation.Insert(doc.Length, 0, Text));
        var made = await Suggestions.ProposeAsync(aisha, section, 1, 0, 3, "A");

        await Assert.ThrowsAsync<MinutesAccessDeniedException>(() => Suggestions.ListAsync(anna.PersonId, section));
        await Assert.ThrowsAsync<MinutesAccessDeniedException>(() => Suggestions.ListAsync(laura.PersonId, section));
        await Assert.ThrowsAsync<MinutesAccessDeniedException>(() => Suggestions.AcceptAsync(laura, made.Id));
        var open = _services.GetRequiredService<MinutesOpenThreads>();
        var meeting = await MeetingOfAsync(section);
        Assert.Empty(await open.SuggestionsForMeetingAsync(meeting, includeReserved: false));
        Assert.Equal(made.Id, Assert.Single(await open.SuggestionsForMeetingAsync(meeting, includeReserved: true)).Id);
    }

    [Fact]
    public async Task OnceTheMinutesAreLocked_SuggestionsAreReadButNotDecided()
    {
        var (aisha, helen) = (await ActorAsync("aisha.rahman@rdfb.example"), await ActorAsync("helen.marsh@rdfb.example"));
        var section = await ItemAsync(reserved: false);
        await WriteAsync(section, aisha, doc => TextOperation.Insert(doc.Length, 0, Text));
        var made = await Suggestions.ProposeAsync(aisha, section, 1, 0, 3, "A");

        await _services.GetRequiredService<MinutesSections>().LockMeetingAsync(await MeetingOfAsync(section), "the minutes are approved", DateTimeOffset.UtcNow);

        var refused = await Assert.ThrowsAsync<MinutesAccessDeniedException>(() => Suggestions.AcceptAsync(helen, made.Id));
        Assert.Contains("read-only", refused.Message);
        Assert.Equal(Text, await TextAsync(section));
        var listed = await Suggestions.ListAsync(helen.PersonId, section);
        Assert.False(listed.CanSuggest || listed.CanDecide);
        Assert.Equal("open", Assert.Single(listed.Suggestions).Status);
    }

    [Fact]
    public async Task BadSuggestions_AreRefusedWithAReason_AndStoreNothing()
    {
        var aisha = await ActorAsync("aisha.rahman@rdfb.example");
        var section = await ItemAsync(reserved: false);
        await WriteAsync(section, aisha, doc => TextOperation.Insert(doc.Length, 0, Text));

        await Assert.ThrowsAsync<DomainRuleException>(() => Suggestions.ProposeAsync(aisha, section, 1, 0, 3, "The"));
        await Assert.ThrowsAsync<DomainRuleException>(() => Suggestions.ProposeAsync(aisha, section, 1, 5, 5, ""));
        await Assert.ThrowsAsync<DomainRuleException>(() => Suggestions.ProposeAsync(aisha, section, 1, 5, Text.Length + 1, "x"));
        await Assert.ThrowsAsync<DomainRuleException>(() => Suggestions.ProposeAsync(aisha, section, 9, 0, 1, "x"));
        await Assert.ThrowsAsync<MinutesAccessDeniedException>(() => Suggestions.AcceptAsync(aisha, Guid.NewGuid()));
        await using var db = _db.Open();
        Assert.Equal(0, await db.Suggestions.CountAsync());
    }

    private async Task<WorkflowActor> ActorAsync(string email)
    {
        await using var db = _db.Open();
        var person = await db.People.SingleAsync(p => p.Email == email);
        return new WorkflowActor(person.Id, person.FullName);
    }

    /// <summary>An edit sequenced in the op log at the next revision, as the hub stores one.</summary>
    private async Task WriteAsync(Guid section, WorkflowActor author, Func<string, TextOperation> edit)
    {
        var existing = await Log.GetOperationsSinceAsync(section, 0);
        var operation = edit(await TextAsync(section));
        var result = await Log.TryAppendAsync(new OperationRecord(section, existing.Count + 1, author.PersonId.ToString(), "test-client",
            ++_seq, operation, DateTimeOffset.UtcNow));
        Assert.Equal(AppendResult.Appended, result);
    }

    private async Task<string> TextAsync(Guid section)
    {
        var text = string.Empty;
        foreach (var record in await Log.GetOperationsSinceAsync(section, 0))
        {
            text = record.Operation.Apply(text);
        }
        return text;
    }

    private async Task<Guid> ItemAsync(bool reserved)
    {
        await using var db = _db.Open();
        var board = await db.Boards.SingleAsync(b => b.Slug == DemoSeeder.RareDiseasesSlug);
        var meetings = await db.Meetings.Where(m => m.BoardId == board.Id).Include(m => m.AgendaItems).ToListAsync();
        var item = meetings.MaxBy(m => m.StartsAt)!.AgendaItems.Where(i => i.IsReserved == reserved).OrderBy(i => i.Position).First().Id.Value;
        // The section is created on first use, as the hub's first join does.
        await _services.GetRequiredService<MinutesSections>().CheckAsync(await _db.PersonIdAsync("aisha.rahman@rdfb.example"), item);
        return item;
    }

    private async Task<BoardRoom.Core.Meetings.MeetingId> MeetingOfAsync(Guid section)
    {
        await using var db = _db.Open();
        return (await db.MinutesSections.SingleAsync(s => s.Id == new AgendaItemId(section))).MeetingId;
    }
}
