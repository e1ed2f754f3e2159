using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;
using BoardRoom.Core.Common;

namespace BoardRoom.App.Features.Agendas;

/// <summary>
/// Papers on disk under the data folder, each stored under its id (never the uploaded name). An upload is checked
/// for size while it is copied, then for type by extension and by its first bytes, before it is kept.
/// </summary>
public sealed class PaperStorage(string root)
{
    public const long MaxBytes = 20 * 1024 * 1024;

    public static readonly IReadOnlyDictionary<string, string> AllowedTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".txt"] = "text/plain; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
    };

    public static string AcceptList => string.Join(",", AllowedTypes.Keys);

    public string Root { get; } = root;

    /// <summary>The content type of an allowed file name, or a refusal that names what is allowed.</summary>
    public static string ContentTypeOf(string fileName)
    {
        var name = Require.Text(Path.GetFileName(fileName ?? string.Empty), "The file name", 200);
        var extension = Path.GetExtension(name);
        return AllowedTypes.TryGetValue(extension, out var type)
            ? type
            : throw new DomainRuleException($"'{name}' is not a paper type BoardRoom accepts. Upload PDF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), OpenDocument text (.odt), plain text or CSV.");
    }

    /// <summary>Copies an upload to disk as <paramref name="id"/>, refusing oversize or mislabelled files; returns length and SHA-256.</summary>
    public async Task<(long Length, string Sha256)> SaveAsync(Guid id, string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        ContentTypeOf(fileName);
        Directory.CreateDirectory(Root);
        var temp = Path.Combine(Root, $"{id}.uploading");
        try
        {
            long length;
            string sha;
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                var buffer = new byte[81920];
                length = 0;
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    length += read;
                    if (length > MaxBytes)
                    {
                        throw new DomainRuleException($"'{Path.GetFileName(fileName)}' is larger than the {MaxBytes / 1024 / 1024} MB limit for papers.");
                    }
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
                sha = Convert.ToHexStringLower(hash.GetHashAndReset());
            }
            if (length == 0)
            {
                throw new DomainRuleException($"'{Path.GetFileName(fileName)}' is empty.");
            }
            if (!LooksLike(temp, Path.GetExtension(fileName)))
            {
                throw new DomainRuleException($"'{Path.GetFileName(fileName)}' does not look like a {Path.GetExtension(fileName).TrimStart('.').ToUpperInvariant()} file; its contents do not match its name.");
            }
            File.Move(temp, PathOf(id), overwrite: false);
            return (length, sha);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    public Stream OpenRead(Guid id) => new FileStream(PathOf(id), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    public bool Exists(Guid id) => File.Exists(PathOf(id));

    public void Delete(Guid id)
    {
        if (File.Exists(PathOf(id)))
        {
            File.Delete(PathOf(id));
        }
    }

    private string PathOf(Guid id) => Path.Combine(Root, id.ToString("N"));

    /// <summary>Cheap content checks: PDF magic; the zip parts that make an OOXML or ODF file; UTF-8 without NULs for text.</summary>
    private static bool LooksLike(string path, string extension)
    {
        Span<byte> head = stackalloc byte[8];
        using (var f = File.OpenRead(path))
        {
            head = head[..f.Read(head)];
        }
        switch (extension.ToLowerInvariant())
        {
            case ".pdf":
                return head.StartsWith("%PDF-"u8);
            case ".docx":
                return IsZipWith(head, path, z => z.GetEntry("[Content_Types].xml") is not null && z.Entries.Any(e => e.FullName.StartsWith("word/", StringComparison.Ordinal)));
            case ".xlsx":
                return IsZipWith(head, path, z => z.GetEntry("[Content_Types].xml") is not null && z.Entries.Any(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal)));
            case ".pptx":
                return IsZipWith(head, path, z => z.GetEntry("[Content_Types].xml") is not null && z.Entries.Any(e => e.FullName.StartsWith("ppt/", StringComparison.Ordinal)));
            case ".odt":
                return IsZipWith(head, path, z => z.GetEntry("mimetype") is { } m && ReadSmall(m) == "application/vnd.oasis.opendocument.text");
            case ".txt":
            case ".csv":
                return IsText(path);
            default:
                return false;
        }
    }

    private static bool IsZipWith(ReadOnlySpan<byte> head, string path, Func<ZipArchive, bool> check)
    {
        if (!head.StartsWith("PK\u0003\u0004"u8))
        {
            return false;
        }
        try
        {
            using var zip = ZipFile.OpenRead(path);
            return check(zip);
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static string ReadSmall(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open(), Encoding.ASCII);
        var buffer = new char[100];
        return new string(buffer, 0, reader.Read(buffer, 0, buffer.Length)).Trim();
    }

    private static bool IsText(string path)
    {
        var buffer = new byte[64 * 1024];
        int read;
        using (var f = File.OpenRead(path))
        {
            read = f.Read(buffer, 0, buffer.Length);
        }
        var sample = buffer.AsSpan(0, read);
        if (sample.Contains((byte)0))
        {
            return false;
        }
        // The sample may end inside a multi-byte character: allow up to three trailing bytes to be cut.
        for (var cut = 0; cut <= 3 && cut < sample.Length; cut++)
        {
            if (Utf8.IsValid(sample[..^cut]))
            {
                return true;
            }
        }
        return false;
    }
}
