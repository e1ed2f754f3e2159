using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;
using BoardRoom.Core.Common;

namespace BoardRoom.App.Features.Agendas;

/// <summary>
/// What an upload must be to become a paper: read with the size limit enforced while reading, not empty, of an allowed
/// type by its extension and by its first bytes, and hashed (SHA-256). Checking only: the bytes are kept in the database
/// (<see cref="Data.PaperContentRow"/>) by whoever stores the paper.
/// </summary>
public static class PaperChecks
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

    /// <summary>The content type of an allowed file name, or a refusal that names what is allowed.</summary>
    public static string ContentTypeOf(string fileName)
    {
        var name = Require.Text(Path.GetFileName(fileName ?? string.Empty), "The file name", 200);
        var extension = Path.GetExtension(name);
        return AllowedTypes.TryGetValue(extension, out var type)
            ? type
            : throw new DomainRuleException($"'{name}' is not a paper type BoardRoom accepts. Upload PDF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), OpenDocument text (.odt), plain text or CSV.");
    }

    /// <summary>Reads an upload into memory, refusing oversize (as soon as the limit is passed), empty or mislabelled files.</summary>
    public static async Task<CheckedPaper> ReadAsync(string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        var contentType = ContentTypeOf(fileName);
        var name = Path.GetFileName(fileName.Trim());
        using var memory = new MemoryStream();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (memory.Length + read > MaxBytes)
            {
                throw new DomainRuleException($"'{name}' is larger than the {MaxBytes / 1024 / 1024} MB limit for papers.");
            }
            hash.AppendData(buffer, 0, read);
            memory.Write(buffer, 0, read);
        }
        if (memory.Length == 0)
        {
            throw new DomainRuleException($"'{name}' is empty.");
        }
        var bytes = memory.ToArray();
        var extension = Path.GetExtension(name);
        if (!LooksLike(bytes, extension))
        {
            throw new DomainRuleException($"'{name}' does not look like a {extension.TrimStart('.').ToUpperInvariant()} file; its contents do not match its name.");
        }
        return new CheckedPaper(name, contentType, bytes, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    /// <summary>The SHA-256 of <paramref name="bytes"/> as papers record it (lower-case hex).</summary>
    public static string Sha256Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Cheap content checks: PDF magic; the zip parts that make an OOXML or ODF file; UTF-8 without NULs for text.</summary>
    private static bool LooksLike(byte[] bytes, string extension)
    {
        switch (extension.ToLowerInvariant())
        {
            case ".pdf":
                return bytes.AsSpan().StartsWith("%PDF-"u8);
            case ".docx":
                return IsZipWith(bytes, z => z.GetEntry("[Content_Types].xml") is not null && z.Entries.Any(e => e.FullName.StartsWith("word/", StringComparison.Ordinal)));
            case ".xlsx":
                return IsZipWith(bytes, z => z.GetEntry("[Content_Types].xml") is not null && z.Entries.Any(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal)));
            case ".pptx":
                return IsZipWith(bytes, z => z.GetEntry("[Content_Types].xml") is not null && z.Entries.Any(e => e.FullName.StartsWith("ppt/", StringComparison.Ordinal)));
            case ".odt":
                return IsZipWith(bytes, z => z.GetEntry("mimetype") is { } m && ReadSmall(m) == "application/vnd.oasis.opendocument.text");
            case ".txt":
            case ".csv":
                return IsText(bytes);
            default:
                return false;
        }
    }

    private static bool IsZipWith(byte[] bytes, Func<ZipArchive, bool> check)
    {
        if (!bytes.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            return false;
        }
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
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

    private static bool IsText(byte[] bytes)
    {
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 64 * 1024));
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
