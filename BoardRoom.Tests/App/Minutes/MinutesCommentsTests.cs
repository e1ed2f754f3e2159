using BoardRoom.App.Data;
using BoardRoom.App.Features.Minutes;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Minutes.Ot;
using BoardRoom.Core.Minutes.Records;
using BoardRoom.Core.Minutes.Sequencing;
using BoardRoom.Core.People;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoardRoom.Tests.App.Minutes;

/// <summary>
/// Review comments anchored to the minutes, over the seeded demo in a real database: the anchor moves with edits
/// sequenced in the op log, and who may read, open, answer and resolve a thread is who may read or edit the section.
/// </summary>
[Trait(TestProvider.Trait, TestProvider.Both)]
public sealed class MinutesCommentsTests : IAsyncLifetime
{
    private const string Text = "The board approved the budget for 2027.";

    private TestDatabase _db = null!;
    private ServiceProvider _services = null!;
    private long _seq;

    private MinutesComments Comments => _services.GetRequiredService<MinutesComments>();

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateSeededAsync();
        var services = _db.Services();
        services.AddSignalR();
        _services = services.AddSingleton(TimeProvider.System).AddSingleton<MinutesSections>()
            .AddSingleton<IOperationLog, EfOperationLog>().AddSingleton<MinutesComments>().AddSingleton<MinutesOpenThreads>().BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task ACommentOnAWord_StaysOnThatWord_WhenAnotherMemberWritesAboveIt()
    {
        var (aisha, helen) = (await ActorAsync("aisha.rahman@rdfb.example"), await ActorAsync("helen.marsh@rdfb.example"));
        var section = await ItemAsync(reserved: false);
        await WriteAsync(section, helen, doc => TextOperation.Insert(doc.Length, 0, Text));
        var at = Text.IndexOf("approved", StringComparison.Ordinal);

        var opened = await Comments.OpenAsync(aisha, section, 1, at, at + "approved".Length, "Approved by whom: say the vote.");
        await WriteAsync(section, helen, doc => TextOperation.Insert(doc.Length, 0, "Item 4, finance.\n"));
        await WriteAsync(section, helen, doc => TextOperation.Insert(doc.Length, doc.IndexOf("budget", StringComparison.Ordinal), "revised "));

        var listed = await Comments.ListAsync(aisha.PersonId, section);
        var thread = Assert.Single(listed.Threads);
        var text = await TextAsync(section);
        Assert.Equal(3, listed.Revision);
        Assert.Equal("approved", text[thread.Start..thread.End]);
        Assert.Equal(("approved", "Aisha Rahman", "Approved by whom: say the vote."), (thread.Quote, thread.Replies[0].Author, thread.Replies[0].Text));
        Assert.Equal(opened.Id, thread.Id);
        Assert.True(listed.CanComment);
    }

    [Fact]
    public async Task ARangeSelectedAtAnOlderRevision_IsMovedOverTheEditsSince_BeforeItIsStored()
    {
        var (aisha, helen) = (await ActorAsync("aisha.rahman@rdfb.example"), await ActorAsync("helen.marsh@rdfb.example"));
        var section = await ItemAsync(reserved: false);
        await WriteAsync(section, helen, doc => TextOperation.Insert(doc.Length, 0, Text));
        // Helen writes above while Aisha's request (made at revision 1) is on its way.
        await WriteAsync(section, helen, doc => TextOperation.Insert(doc.Length, 0, "Present: all.\n"));
        var at = Text.IndexOf("budget", StringComparison.Ordinal);

        var thread = await Comments.OpenAsync(aisha, section, 1, at, at + 6, "Which budget?");

        Assert.Equal("budget", (await TextAsync(section))[thread.Start..thread.End]);
        Assert.Equal("budget", thread.Quote);
        await using var db = _db.Open();
        Assert.Equal(2, (await db.CommentThreads.SingleAsync()).AnchorRevision);
    }

    [Fact]
    public async Task AnchorsFarBehindTheHead_AreStoredMoved_AndStillLandOnTheirText()
    {
        var (aisha, helen) = (await ActorAsync("aisha.rahman@rdfb.example"), await ActorAsync("helen.marsh@rdfb.example"));
        var section = await ItemAsync(reserved: false);
        await WriteAsync(section, helen, doc => TextOperation.Insert(doc.Length, 0, Text));
        await Comments.OpenAsync(aisha, section, 1, 4, 9, "Which board?");
        for (var i = 0; i < ReviewAnchors.CatchUp + 5; i++)
        {
            await WriteAsync(section, helen, doc => TextOperation.Insert(doc.Length, i % 2 == 0 ? 0 : doc.Length, "x"));
        }

        var first = Assert.Single((await Comments.ListAsync(aisha.PersonId, section)).Threads);
        var second = Assert.Single((await Comments.ListAsync(aisha.PersonId, section)).Threads);

        var text = await TextAsync(section);
        Assert.Equal(("board", "board"), (text[first.Start..first.End], text[second.Start..second.End]));
        await using var db = _db.Open();
        Assert.Equal(ReviewAnchors.CatchUp + 6, (await db.CommentThreads.SingleAsync()).AnchorRevision);
    }

    [Fact]
    public async Task MembersReplyResolveAndReopen_WhileAnObserverReadsOnly()
    {
        var (aisha, helen, anna) = (await ActorAsync("aisha.rahman@rdfb.example"), await ActorAsync("helen.marsh@rdfb.example"),
            await ActorAsync("anna.schmidt@rdfb.example"));
        var section = await ItemAsync(reserved: false);
        await WriteAsync(section, helen, doc => TextOperation.Insert(doc.Length, 0, Text));
        var thread = await Comments.OpenAsync(aisha, section, 1, 0, 9, "Name the board.");

        await Comments.ReplyAsync(helen, thread.Id, "It is the delivery group.");
        await Comments.ResolveAsync(helen, thread.Id);
        var asObserver = await Comments.ListAsync(anna.PersonId, section);
        Assert.False(asObserver.CanComment);
        var resolved = Assert.Single(asObserver.Threads);
        Assert.Equal((true, "Helen Marsh"), (resolved.Resolved, resolved.ResolvedBy));
        Assert.Equal(["Name the board.", "It is the delivery group."], resolved.Replies.Select(r => r.Text));

        await Assert.ThrowsAsync<MinutesAccessDeniedException>(() => Comments.ReopenAsync(anna, thread.Id));
        await Assert.ThrowsAsync<MinutesAccessDeniedException>(() => Comments.ReplyAsync(anna, thread.Id, "Me too"));
        await Assert.ThrowsAsync<MinutesAccessDeniedException>(() => Comments.OpenAsync(anna, section, 1, 0, 3, "Hm"));
        await Comments.ReopenAsync(aisha, thread.Id);

        var after = Assert.Single((await Comments.ListAsync(aisha.PersonId, section)).Threads);
        Assert.False(after.Resolved);
        Assert.Equal(2, after.Replies.Count);
    }

    [Fact]
    public async Task ReservedMinutesThreads_AreRefusedToAnObserver_AndToAnotherBoard_AndLeftOutOfTheirOpenList()
    {
        var aisha = await ActorAsync("aisha.rahman@rdfb.example");
        var reserved = await ItemAsync(reserved: true);
        var open = await ItemAsync(reserved: false);
        await WriteAsync(reserved, aisha, doc => TextOperation.Insert(doc.Length, 0, "Confidential: the settlement figure."));
        await WriteAsync(open, aisha, doc => TextOperation.Insert(doc.Length, 0, Text));
        await Comments.OpenAsync(aisha, reserved, 1, 14, 24, "Check the figure.");
        await Comments.OpenAsync(aisha, open, 1, 4, 9, "Which board?");

        var observer = await _db.PersonIdAsync("anna.schmidt@rdfb.example");
        var otherBoard = await _db.PersonIdAsync("laura.finch@nsap.example");
        Assert.Equal("forbidden", (await Assert.ThrowsAsync<MinutesAccessDeniedException>(() => Comments.ListAsync(observer, reserved))).Code);
        Assert.Equal("forbidden", (await Assert.ThrowsAsync<MinutesAccessDeniedException>(() => Comments.ListAsync(otherBoard, open))).Code);

        var meeting = await MeetingOfAsync(open);
        var forObserver = await _services.GetRequiredService<MinutesOpenThreads>().ForMeetingAsync(meeting, includeReserved: false);
        var forMembers = await _services.GetRequiredService<MinutesOpenThreads>().ForMeetingAsync(meeting, includeReserved: true);
        Assert.Equal(["Which board?"], forObserver.Select(t => t.FirstText));
        Assert.Equal(2, forMembers.Count);
        Assert.DoesNotContain(forObserver, t => t.Quote.Contains("settlement", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BadSelections_AreRefusedWithAReason_AndStoreNothing()
    {
        var aisha = await ActorAsync("aisha.rahman@rdfb.example");
        var section = await ItemAsync(reserved: false);
        await WriteAsync(section, aisha, doc => TextOperation.Insert(doc.Length, 0, Text));

        await Assert.ThrowsAsync<DomainRuleException>(() => Comments.OpenAsync(aisha, section, 5, 0, 3, "Future revision"));
        await Assert.ThrowsAsync<DomainRuleException>(() => Comments.OpenAsync(aisha, section, 1, 3, 3, "Empty range"));
        await Assert.ThrowsAsync<DomainRuleException>(() => Comments.OpenAsync(aisha, section, 1, 0, Text.Length + 1, "Past the end"));
        await Assert.ThrowsAsync<DomainRuleException>(() => Comments.OpenAsync(aisha, section, 1, 0, 3, "   "));
        // The text selected at revision 1 was deleted at revision 2, before the comment arrived.
        await WriteAsync(section, aisha, doc => TextOperation.Delete(doc.Length, 0, 10));
        var gone = await Assert.ThrowsAsync<DomainRuleException>(() => Comments.OpenAsync(aisha, section, 1, 0, 3, "Too late"));
        Assert.Contains("deleted", gone.Message);

        await using var db = _db.Open();
        Assert.Equal(0, await db.CommentThreads.CountAsync());
        var listed = await Comments.ListAsync(aisha.PersonId, section);
        Assert.Equal((0, true), (listed.Threads.Count, listed.CanComment));
    }

    [Fact]
    public async Task OnceTheMinutesAreLocked_ThreadsCanBeReadButNotChanged()
    {
        var aisha = await ActorAsync("aisha.rahman@rdfb.example");
        var section = await ItemAsync(reserved: false);
        await WriteAsync(section, aisha, doc => TextOperation.Insert(doc.Length, 0, Text));
        var thread = await Comments.OpenAsync(aisha, section, 1, 0, 3, "Capital T?");

        await _services.GetRequiredService<MinutesSections>().LockMeetingAsync(await MeetingOfAsync(section), "the minutes are approved", DateTimeOffset.UtcNow);

        var refused = await Assert.ThrowsAsync<MinutesAccessDeniedException>(() => Comments.ResolveAsync(aisha, thread.Id));
        Assert.Contains("read-only", refused.Message);
        var listed = await Comments.ListAsync(aisha.PersonId, section);
        Assert.False(listed.CanComment);
        Assert.False(Assert.Single(listed.Threads).Resolved);
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
        var log = _services.GetRequiredService<IOperationLog>();
        var existing = await log.GetOperationsSinceAsync(section, 0);
        var operation = edit(await TextAsync(section));
        var result = await log.TryAppendAsync(new OperationRecord(section, existing.Count + 1, author.PersonId.ToString(), "test-client",
            ++_seq, operation, DateTimeOffset.UtcNow));
        Assert.Equal(AppendResult.Appended, result);
    }

    private async Task<string> TextAsync(Guid section)
    {
        var text = string.Empty;
        foreach (var record in await _services.GetRequiredService<IOperationLog>().GetOperationsSinceAsync(section, 0))
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

    private async Task<MeetingId> MeetingOfAsync(Guid section)
    {
        await using var db = _db.Open();
        return (await db.MinutesSections.SingleAsync(s => s.Id == new BoardRoom.Core.Agendas.AgendaItemId(section))).MeetingId;
    }
}
