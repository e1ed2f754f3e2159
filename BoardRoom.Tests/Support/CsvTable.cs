using System.Text;

namespace BoardRoom.Tests.Support;

/// <summary>A downloaded CSV (RFC 4180: quoted cells, doubled quotes, CRLF rows) read back as rows of named cells.</summary>
public sealed class CsvTable
{
    private CsvTable(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows) => (Header, Rows) = (header, rows);

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    /// <summary>The rows whose first cell (the reference) is <paramref name="reference"/>, as column → value.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> WithReference(string reference) =>
        Rows.Where(r => r.Count > 0 && r[0] == reference)
            .Select(r => (IReadOnlyDictionary<string, string>)Header.Select((h, i) => (h, v: i < r.Count ? r[i] : "")).ToDictionary(x => x.h, x => x.v))
            .ToList();

    public static CsvTable Parse(string text)
    {
        var rows = new List<IReadOnlyList<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        text = text.TrimStart('\uFEFF');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    row.Add(cell.ToString());
                    cell.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    row.Add(cell.ToString());
                    cell.Clear();
                    rows.Add(row);
                    row = [];
                    break;
                default:
                    cell.Append(c);
                    break;
            }
        }
        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            rows.Add(row);
        }
        return rows.Count == 0 ? new CsvTable([], []) : new CsvTable(rows[0], rows.Skip(1).ToList());
    }
}
