using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.Agendas;
using BoardRoom.App.Hosting;
using BoardRoom.Core.Meetings;
using BoardRoom.Tests.App.Administration;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace BoardRoom.Tests.App.Agendas;

/// <summary>An upgraded deployment: papers an earlier version kept in the data folder are moved into the database once.</summary>
[Trait(TestProvider.Trait, TestProvider.Both)]
public sealed class PaperFolderImportTests : IAsyncLifetime
{
    private PlanningHarness _h = null!;
    private Meeting _meeting = null!;

    public async Task InitializeAsync()
    {
        _h = await PlanningHarness.CreateAsync();
        _meeting = await _h.NextMeetingAsync();
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    /// <summary>A paper as an earlier version left it: its row in the database, its bytes in the data folder under its id.</summary>
    private async Task<Guid> PaperOnDiskAsync(byte[] bytes, byte[]? recorded = null)
    {
        recorded ??= bytes;
        await using var db = _h.Open();
        var row = new AgendaPaperRow
        {
            BoardId = _meeting.BoardId, MeetingId = _meeting.Id, AgendaItemId = _meeting.AgendaItems[1].Id, FileName = "old.pdf",
            ContentType = "application/pdf", Length = recorded.Length, Sha256 = PaperChecks.Sha256Of(recorded),
            UploadedBy = await _h.Database.PersonIdAsync(PlanningHarness.Secretariat), UploadedAt = DateTimeOffset.UtcNow,
        };
        db.AgendaPapers.Add(row);
        await db.SaveChangesAsync();
        var folder = Directory.CreateDirectory(Path.Combine(_h.Database.Directory, PaperFolderImport.FolderName));
        await File.WriteAllBytesAsync(Path.Combine(folder.FullName, row.Id.ToString("N")), bytes);
        return row.Id;
    }

    private async Task<int> ContentsAsync()
    {
        await using var db = _h.Open();
        return await db.PaperContents.CountAsync();
    }

    [Fact]
    public async Task PapersOnDisk_AreImportedOnce_AndThenServedFromTheDatabase()
    {
        var bytes = "%PDF-1.4\nold paper\n%%EOF\n"u8.ToArray();
        var id = await PaperOnDiskAsync(bytes);
        // A file no paper owns (left by a deletion that failed) and one not named by an id are left alone.
        var folder = Path.Combine(_h.Database.Directory, PaperFolderImport.FolderName);
        await File.WriteAllBytesAsync(Path.Combine(folder, Guid.NewGuid().ToString("N")), bytes);
        await File.WriteAllTextAsync(Path.Combine(folder, "notes.txt"), "x");
        var import = _h.Services.GetRequiredService<PaperFolderImport>();

        Assert.Equal(1, await import.ImportAsync());
        Assert.Equal(0, await import.ImportAsync());

        Assert.Equal(1, await ContentsAsync());
        Directory.Delete(folder, recursive: true);
        var papers = await _h.AsAsync<AgendaPapers>(PlanningHarness.Member);
        var download = await papers.OpenAsync(await _h.Database.PersonIdAsync(PlanningHarness.Member), id);
        Assert.True(download.IsAllowed);
        Assert.Equal(bytes, download.Value!.Content);
    }

    [Fact]
    public async Task AFileThatDoesNotMatchItsRecordedHash_IsNotImported()
    {
        var id = await PaperOnDiskAsync("%PDF-1.4\nchanged\n%%EOF\n"u8.ToArray(), recorded: "%PDF-1.4\noriginal\n%%EOF\n"u8.ToArray());

        Assert.Equal(0, await _h.Services.GetRequiredService<PaperFolderImport>().ImportAsync());

        var papers = await _h.AsAsync<AgendaPapers>(PlanningHarness.Member);
        Assert.Equal(AccessOutcome.NotFound, (await papers.OpenAsync(await _h.Database.PersonIdAsync(PlanningHarness.Member), id)).Outcome);
    }

    [Fact]
    public async Task UpgradingADeploymentThatKeptPapersOnDisk_TheMigrateCommandImportsThem_AndANodeStartingImportsTheRest()
    {
        var settings = new Dictionary<string, string>
        {
            ["BoardRoom__Database__MigrateAtStartup"] = "false",
            ["BoardRoom__SeedDemoData"] = "true",
            ["BoardRoom__DemoPassword"] = AppServer.DemoPassword,
        };
        var data = Directory.CreateTempSubdirectory("boardroom-upgrade-").FullName;
        try
        {
            var created = await AppServer.RunCommandAsync(DatabaseCommands.Migrate, data, settings);
            Assert.True(created.ExitCode == 0, created.Errors);
            // Back to the schema before PaperContents, with papers as that version kept them: rows, and files on disk.
            int rolledBack;
            await using (var db = TestProvider.Open(data))
            {
                var migrations = db.Database.GetMigrations().ToList();
                var index = migrations.FindIndex(m => m.EndsWith("_PaperContents", StringComparison.Ordinal));
                rolledBack = migrations.Count - index;
                await db.GetService<IMigrator>().MigrateAsync(migrations[index - 1]);
            }
            var first = await LegacyPaperAsync(data, "%PDF-1.4\nfirst\n%%EOF\n"u8.ToArray());

            var migrated = await AppServer.RunCommandAsync(DatabaseCommands.Migrate, data, settings);

            Assert.True(migrated.ExitCode == 0, migrated.Errors);
            Assert.Contains($"Database migrated: {rolledBack} migration(s) applied, 1 paper(s) imported from", migrated.Output);
            var second = await LegacyPaperAsync(data, "%PDF-1.4\nsecond\n%%EOF\n"u8.ToArray());
            await using (var node = await AppServer.StartAsync(data, settings))
            {
                await using var db = TestProvider.Open(data);
                var stored = await db.PaperContents.AsNoTracking().ToDictionaryAsync(c => c.PaperId, c => c.Content);
                Assert.Equal(first.Bytes, stored[first.Id]);
                Assert.Equal(second.Bytes, stored[second.Id]);
            }
        }
        finally
        {
            await TestProvider.DropAsync(data);
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>A paper as a version before PaperContents kept it: its row in the database, its bytes in the data folder.</summary>
    private static async Task<(Guid Id, byte[] Bytes)> LegacyPaperAsync(string data, byte[] bytes)
    {
        await using var db = TestProvider.Open(data);
        var meeting = await db.Meetings.Include(m => m.AgendaItems).AsNoTracking().FirstAsync(m => m.Status == MeetingStatus.Scheduled);
        var uploader = await db.People.AsNoTracking().Select(p => p.Id).FirstAsync();
        var row = new AgendaPaperRow
        {
            BoardId = meeting.BoardId, MeetingId = meeting.Id, AgendaItemId = meeting.AgendaItems[0].Id, FileName = "old.pdf",
            ContentType = "application/pdf", Length = bytes.Length, Sha256 = PaperChecks.Sha256Of(bytes), UploadedBy = uploader,
            UploadedAt = DateTimeOffset.UtcNow,
        };
        db.AgendaPapers.Add(row);
        await db.SaveChangesAsync();
        var folder = Directory.CreateDirectory(Path.Combine(data, PaperFolderImport.FolderName));
        await File.WriteAllBytesAsync(Path.Combine(folder.FullName, row.Id.ToString("N")), bytes);
        return (row.Id, bytes);
    }
}
