using BoardRoom.App.Data;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Agendas;

/// <summary>
/// Moves papers kept on disk by earlier versions (the data folder's <c>papers</c>, one file per paper named by its id)
/// into the database, once: a paper is imported only while the database lacks its bytes, and only when the file's
/// length and SHA-256 are those recorded at upload. Runs at start and in the <c>migrate</c> command; the files are left
/// where they are (docs/deployment.md). Two nodes importing the same paper at once are harmless: the second insert
/// is a lost race and is skipped.
/// </summary>
public sealed class PaperFolderImport(IDbContextFactory<BoardRoomDbContext> dbFactory, string folder, ILogger<PaperFolderImport> logger)
{
    public const string FolderName = "papers";

    public string Folder { get; } = folder;

    /// <returns>How many papers were imported (0 when there is no folder, or nothing left in it to import).</returns>
    public async Task<int> ImportAsync(CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(Folder))
        {
            return 0;
        }
        var onDisk = new Dictionary<Guid, string>();
        foreach (var path in Directory.EnumerateFiles(Folder))
        {
            if (Guid.TryParseExact(Path.GetFileName(path), "N", out var id))
            {
                onDisk[id] = path;
            }
        }
        if (onDisk.Count == 0)
        {
            return 0;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ids = onDisk.Keys.ToList();
        var missing = await db.AgendaPapers.AsNoTracking()
            .Where(p => ids.Contains(p.Id) && !db.PaperContents.Any(c => c.PaperId == p.Id))
            .Select(p => new { p.Id, p.Length, p.Sha256 })
            .ToListAsync(cancellationToken);
        var imported = 0;
        foreach (var paper in missing)
        {
            var bytes = await File.ReadAllBytesAsync(onDisk[paper.Id], cancellationToken);
            if (bytes.LongLength != paper.Length || (paper.Sha256.Length > 0 && PaperChecks.Sha256Of(bytes) != paper.Sha256))
            {
                logger.LogWarning("Paper {PaperId} on disk ({Path}) does not match its recorded length and SHA-256; not imported.", paper.Id, onDisk[paper.Id]);
                continue;
            }
            db.PaperContents.Add(new PaperContentRow { PaperId = paper.Id, Content = bytes });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                imported++;
            }
            catch (DbUpdateException e) when (DatabaseProvider.IsUniqueViolation(e))
            {
                // Another node imported it first.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
        if (imported > 0)
        {
            logger.LogWarning("Imported {Count} paper(s) from {Folder} into the database; the files there are no longer read and may be removed.", imported, Folder);
        }
        return imported;
    }
}
