using System.ComponentModel;
using System.Diagnostics;

namespace BoardRoom.Tests.Publishing;

/// <summary>
/// Runs the real PDF tools (poppler-utils, qpdf) on rendered files. A missing tool fails the test
/// with the Debian package to install, rather than skipping it.
/// </summary>
public static class PdfTools
{
    private static readonly Dictionary<string, string> Packages = new()
    {
        ["pdftotext"] = "poppler-utils",
        ["pdfinfo"] = "poppler-utils",
        ["pdffonts"] = "poppler-utils",
        ["pdftoppm"] = "poppler-utils",
        ["qpdf"] = "qpdf",
    };

    public static string OutputFolder { get; } = CreateOutputFolder();

    /// <summary>Writes the bytes to a file in the test output folder (kept for inspection) and returns its path.</summary>
    public static string Save(byte[] pdf, string name)
    {
        var path = Path.Combine(OutputFolder, name + ".pdf");
        File.WriteAllBytes(path, pdf);
        return path;
    }

    public static string Text(string pdf, int? page = null)
    {
        var range = page is { } p ? $"-f {p} -l {p} " : "";
        return Run("pdftotext", $"-layout -enc UTF-8 {range}\"{pdf}\" -");
    }

    /// <summary>The text of each page, from pdftotext's form-feed separated output.</summary>
    public static string[] Pages(string pdf)
    {
        var pages = Run("pdftotext", $"-layout -enc UTF-8 \"{pdf}\" -").Split('\f');
        return pages[^1].Trim().Length == 0 ? pages[..^1] : pages;
    }

    public static Dictionary<string, string> Info(string pdf) =>
        Run("pdfinfo", $"-isodates \"{pdf}\"")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.Contains(':'))
            .Select(line => (Key: line[..line.IndexOf(':')].Trim(), Value: line[(line.IndexOf(':') + 1)..].Trim()))
            .GroupBy(kv => kv.Key)
            .ToDictionary(g => g.Key, g => g.First().Value);

    public static string Fonts(string pdf) => Run("pdffonts", $"\"{pdf}\"");

    /// <summary>qpdf --check; exit code 0 means no errors, 3 means warnings only (also a failure here).</summary>
    public static (int ExitCode, string Output) Check(string pdf) => RunWithExitCode("qpdf", $"--check \"{pdf}\"");

    public static string Run(string tool, string arguments)
    {
        var (exitCode, output) = RunWithExitCode(tool, arguments);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {arguments} exited with {exitCode}:\n{output}");
        }
        return output;
    }

    private static (int ExitCode, string Output) RunWithExitCode(string tool, string arguments)
    {
        var start = new ProcessStartInfo(tool, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                $"The test needs '{tool}': install it with apt-get install -y {Packages.GetValueOrDefault(tool, tool)}.", e);
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(60_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{tool} {arguments} did not finish within 60 s.");
            }
            return (process.ExitCode, stdout.Result + stderr.Result);
        }
    }

    private static string CreateOutputFolder()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "publication-output");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
