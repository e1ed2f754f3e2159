using System.Text;

namespace BoardRoom.App.Features.Registers;

/// <summary>RFC 4180 CSV, with cells that spreadsheet programs would run as formulas made inert.</summary>
public static class Csv
{
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var sb = new StringBuilder();
        Line(sb, header);
        foreach (var row in rows)
        {
            Line(sb, row);
        }
        return sb.ToString();
    }

    private static void Line(StringBuilder sb, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }
            var cell = cells[i] ?? string.Empty;
            if (cell.Length > 0 && "=+-@\t\r".Contains(cell[0]))
            {
                cell = "'" + cell;
            }
            if (cell.IndexOfAny([',', '"', '\n', '\r']) >= 0)
            {
                cell = "\"" + cell.Replace("\"", "\"\"") + "\"";
            }
            sb.Append(cell);
        }
        sb.Append("\r\n");
    }
}
