using BoardRoom.Tests.Support;

namespace BoardRoom.Tests.App.Minutes;

/// <summary>
/// How the hub sends a section's edits (MinutesBroadcaster, ADR 020): one at a time when the section is quiet, and in
/// batches (<c>OperationsApplied</c>) when edits are sequenced faster than the last broadcast could be written, always
/// in revision order, with every edit acknowledged. Real SignalR clients against the app on Kestrel.
/// </summary>
[Trait(TestProvider.Trait, TestProvider.Both)]
[Collection(AppServerCollection.Name)]
public sealed class MinutesBroadcastTests(AppServerFixture app)
{
    private static readonly string[] Editors = ["aisha.rahman@rdfb.example", "helen.marsh@rdfb.example", "priya.raman@rdfb.example", "siobhan.doherty@rdfb.example"];

    private AppServer Server => app.Server;

    private async Task<Guid> SectionAsync(int index) =>
        (await ServerDatabase.SectionsAsync(Server, "uk-rare-diseases"))[index].Id;

    [Fact]
    public async Task OneEditOnAQuietSection_GoesOutAlone_ToTheOthers_AndIsAcknowledgedToItsAuthor()
    {
        var section = await SectionAsync(6);
        await using var author = await LiveMinutesClient.ConnectAsync(Server, Editors[0]);
        await using var viewer = await LiveMinutesClient.ConnectAsync(Server, Editors[1]);
        var joined = await author.JoinAsync(section);
        await viewer.JoinAsync(section);

        author.Insert(0, "Quiet morning. ");
        await author.WaitUntilSettledAsync();
        await viewer.WaitForRevisionAsync(joined.Revision + 1);

        Assert.Equal(0, viewer.BatchesSeen);
        Assert.Equal(0, author.BatchesSeen);
        var seen = Assert.Single(viewer.OperationsSeen);
        Assert.Equal((author.ClientId, joined.Revision + 1), (seen.ClientId, seen.Revision));
        Assert.Empty(author.OperationsSeen);
        Assert.Contains(author.Acks, a => a.Revision == joined.Revision + 1 && !a.Duplicate);
    }

    [Fact]
    public async Task ABusySection_SendsItsEditsInBatches_InRevisionOrder_AndEveryReplicaConverges()
    {
        var section = await SectionAsync(4);
        var editors = new List<LiveMinutesClient>();
        var viewers = new List<LiveMinutesClient>();
        try
        {
            for (var i = 0; i < 8; i++)
            {
                editors.Add(await LiveMinutesClient.ConnectAsync(Server, Editors[i % Editors.Length]));
            }
            for (var i = 0; i < 24; i++)
            {
                viewers.Add(await LiveMinutesClient.ConnectAsync(Server, Editors[i % Editors.Length]));
            }
            var start = (await editors[0].JoinAsync(section)).Revision;
            foreach (var client in editors.Skip(1).Concat(viewers))
            {
                await client.JoinAsync(section);
            }

            // Bursts from every editor at once until the section has been busy enough to batch (bounded).
            for (var burst = 0; burst < 10 && viewers.Sum(v => v.BatchesSeen) == 0; burst++)
            {
                for (var keystroke = 0; keystroke < 15; keystroke++)
                {
                    foreach (var editor in editors)
                    {
                        editor.Insert(int.MaxValue, $"{editor.Name[..1]}{burst}.{keystroke} ");
                    }
                }
                foreach (var editor in editors)
                {
                    await editor.WaitUntilSettledAsync();
                }
            }
            var head = editors.Max(e => e.Revision);
            foreach (var client in editors.Concat(viewers))
            {
                await client.WaitForRevisionAsync(head);
            }

            Assert.True(viewers.Sum(v => v.BatchesSeen) > 0, "No batched broadcast in ten bursts of 120 edits.");
            var text = editors[0].Text;
            Assert.All(editors.Concat(viewers), c => Assert.Equal(text, c.Text));
            // A viewer received every revision once, in order, whether alone or in a batch.
            Assert.All(viewers, v => Assert.Equal(
                Enumerable.Range(1, (int)(head - start)).Select(i => start + i), v.OperationsSeen.Select(o => o.Revision)));
            // Every edit was acknowledged to its author, batched or not; none as a duplicate.
            Assert.Equal(head - start, editors.Sum(e => e.Acks.Count(a => !a.Duplicate)));
            var (replayed, revisions) = await ServerDatabase.ReplayLogAsync(Server, section);
            Assert.Equal((text, head), (replayed, revisions));
        }
        finally
        {
            foreach (var client in editors.Concat(viewers))
            {
                await client.DisposeAsync();
            }
        }
    }
}
