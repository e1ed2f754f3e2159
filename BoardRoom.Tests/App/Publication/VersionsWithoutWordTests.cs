using System.Net;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Minutes.Records;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.Tests.App.Publication;

/// <summary>
/// A version published before Word export has no stored .docx: its pages offer no Word link (a link would answer 404),
/// and published files are never re-rendered to make one. On an app of its own, whose stored Word files it empties.
/// </summary>
[Trait(TestProvider.Trait, TestProvider.Both)]
public sealed class VersionsWithoutWordTests : IAsyncLifetime
{
    private AppServer? _server;

    private AppServer Server => _server ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _server = await AppServer.StartAsync();
        await using var db = ServerDatabase.Open(Server);
        // As a version published before Word export was stored.
        await db.Set<PublicationContent>().ExecuteUpdateAsync(s => s.SetProperty(c => c.PublicDocx, Array.Empty<byte>()).SetProperty(c => c.FullDocx, Array.Empty<byte>()));
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public async Task TheForumAndThePublicationPage_OfferThePdfButNoWordLink()
    {
        await using var db = ServerDatabase.Open(Server);
        var meeting = await db.Meetings.Where(m => m.Status == MeetingStatus.Closed).Select(m => new { m.Id, m.Number }).SingleAsync();

        using var anonymous = Server.CreateClient();
        var forum = await anonymous.GetStringAsync($"forum/uk-rare-diseases/minutes/{meeting.Number}/v/1");
        Assert.Contains("data-testid=\"download-pdf\"", forum, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"download-docx\"", forum, StringComparison.Ordinal);
        Assert.DoesNotContain("v1.docx", forum, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"forum/uk-rare-diseases/minutes/{meeting.Number}/v1.docx")).StatusCode);

        using var secretariat = await SignIn.SignedInClientAsync(Server, "priya.raman@rdfb.example");
        var page = await secretariat.GetStringAsync($"meetings/{meeting.Id}/publication");
        Assert.Contains($"/publication/{meeting.Id}/v1/full.pdf", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"/publication/{meeting.Id}/v1/public.docx", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"/publication/{meeting.Id}/v1/full.docx", page, StringComparison.Ordinal);
        // The draft's Word files are rendered on request, so those links stay.
        Assert.Contains($"/publication/{meeting.Id}/current/public.docx", page, StringComparison.Ordinal);
    }
}
