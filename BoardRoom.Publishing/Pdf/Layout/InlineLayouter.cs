using System.Text;
using BoardRoom.Publishing.Documents;
using SkiaSharp;

namespace BoardRoom.Publishing.Pdf.Layout;

/// <summary>
/// Breaks runs of styled text into lines of a given width: greedy, at spaces, and inside a word
/// when the word alone is wider than the line (URLs, hashes, 200-character strings), so that no
/// text is ever clipped.
/// </summary>
internal sealed class InlineLayouter(PdfFonts fonts)
{
    public readonly record struct TextOptions(float Size, TextStyle BaseStyle, SKColor Color, ColumnAlignment Alignment = ColumnAlignment.Left, bool ShadeCode = true);

    private readonly record struct Run(string Text, TextStyle Style, string? Url);

    public List<TextLine> Layout(IReadOnlyList<Inline> inlines, float width, TextOptions options)
    {
        var runs = new List<Run>();
        Flatten(inlines, options.BaseStyle, null, runs);
        var builder = new LineBuilder(fonts, width, options);
        foreach (var run in runs)
        {
            builder.Add(run);
        }
        return builder.Finish();
    }

    /// <summary>Natural width of the text on one line, and its widest word (the narrowest it can sensibly get).</summary>
    public (float Min, float Max) MeasureExtent(IReadOnlyList<Inline> inlines, float size, TextStyle baseStyle)
    {
        var runs = new List<Run>();
        Flatten(inlines, baseStyle, null, runs);
        float max = 0, line = 0, min = 0, word = 0;
        foreach (var run in runs)
        {
            var (kind, runSize) = FontFor(run.Style, size);
            var spaceWidth = fonts.Width(kind, runSize, " ");
            var text = run.Text.AsSpan();
            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && text[i] != ' ' && text[i] != '\n')
                {
                    continue;
                }
                var w = fonts.Width(kind, runSize, text[start..i]);
                word += w;
                line += w;
                if (i < text.Length)
                {
                    min = Math.Max(min, word);
                    word = 0;
                    if (text[i] == '\n')
                    {
                        max = Math.Max(max, line);
                        line = 0;
                    }
                    else
                    {
                        line += spaceWidth;
                    }
                }
                start = i + 1;
            }
        }
        return (Math.Max(min, word), Math.Max(max, line));
    }

    public static (FontKind Kind, float Size) FontFor(TextStyle style, float size)
    {
        var bold = style.HasFlag(TextStyle.Bold);
        if (style.HasFlag(TextStyle.Code))
        {
            return (bold ? FontKind.MonoBold : FontKind.Mono, size * PdfStyle.InlineCodeScale);
        }
        var italic = style.HasFlag(TextStyle.Italic);
        return (bold, italic) switch
        {
            (true, true) => (FontKind.BoldItalic, size),
            (true, false) => (FontKind.Bold, size),
            (false, true) => (FontKind.Italic, size),
            _ => (FontKind.Regular, size),
        };
    }

    private static void Flatten(IReadOnlyList<Inline> inlines, TextStyle style, string? url, List<Run> into)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline text:
                    into.Add(new Run(Clean(text.Text), style | text.Style, url));
                    break;
                case LinkInline link:
                    Flatten(link.Content, style, link.Url, into);
                    break;
                case LineBreakInline:
                    into.Add(new Run("\n", style, url));
                    break;
            }
        }
    }

    /// <summary>Newlines and tabs inside text are spaces; other control characters have no glyph and are dropped.</summary>
    private static string Clean(string text)
    {
        var clean = true;
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                clean = false;
                break;
            }
        }
        if (clean)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\n' or '\r' or '\t')
            {
                builder.Append(' ');
            }
            else if (!char.IsControl(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private sealed class Piece(FontKind kind, float size, bool code, string? url, float x)
    {
        public FontKind Kind { get; } = kind;
        public float Size { get; } = size;
        public bool Code { get; } = code;
        public string? Url { get; } = url;
        public float X { get; } = x;
        public float Width { get; set; }
        public StringBuilder Text { get; } = new();
    }

    private readonly record struct WordPart(Run Run, int Start, int Length, FontKind Kind, float Size, float Width);

    private sealed class LineBuilder(PdfFonts fonts, float width, TextOptions options)
    {
        private readonly List<TextLine> _lines = [];
        private readonly List<Piece> _pieces = [];
        private readonly List<WordPart> _word = [];
        private float _x;
        private Run? _pendingSpace;

        public void Add(Run run)
        {
            var (kind, size) = FontFor(run.Style, options.Size);
            var text = run.Text;
            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                var boundary = i == text.Length || text[i] == ' ' || text[i] == '\n';
                if (!boundary)
                {
                    continue;
                }
                if (i > start)
                {
                    _word.Add(new WordPart(run, start, i - start, kind, size, fonts.Width(kind, size, text.AsSpan(start, i - start))));
                }
                if (i < text.Length)
                {
                    PlaceWord();
                    if (text[i] == '\n')
                    {
                        EndLine(force: true);
                        _pendingSpace = null;
                    }
                    else
                    {
                        _pendingSpace ??= run;
                    }
                }
                start = i + 1;
            }
        }

        public List<TextLine> Finish()
        {
            PlaceWord();
            EndLine(force: false);
            return _lines;
        }

        private void PlaceWord()
        {
            if (_word.Count == 0)
            {
                return;
            }
            var wordWidth = 0f;
            foreach (var part in _word)
            {
                wordWidth += part.Width;
            }
            if (_pieces.Count > 0)
            {
                var space = _pendingSpace is { } s ? SpaceWidth(s) : 0f;
                if (_x + space + wordWidth <= width)
                {
                    if (_pendingSpace is { } pending)
                    {
                        var (kind, size) = FontFor(pending.Style, options.Size);
                        Append(pending, " ", kind, size, space);
                    }
                }
                else
                {
                    EndLine(force: false);
                }
            }
            _pendingSpace = null;
            foreach (var part in _word)
            {
                AppendBreaking(part);
            }
            _word.Clear();
        }

        private float SpaceWidth(Run run)
        {
            var (kind, size) = FontFor(run.Style, options.Size);
            return fonts.Width(kind, size, " ");
        }

        /// <summary>Appends a piece of a word, breaking it across lines where it overflows.</summary>
        private void AppendBreaking(WordPart part)
        {
            if (_x + part.Width <= width)
            {
                Append(part.Run, part.Run.Text.Substring(part.Start, part.Length), part.Kind, part.Size, part.Width);
                return;
            }
            var text = part.Run.Text.AsSpan(part.Start, part.Length);
            while (text.Length > 0)
            {
                var fit = FitCount(text, part.Kind, part.Size, width - _x);
                if (fit == 0)
                {
                    if (_pieces.Count > 0)
                    {
                        EndLine(force: false);
                        continue;
                    }
                    // Not even one character fits an empty line (absurdly narrow column): place one anyway.
                    fit = char.IsHighSurrogate(text[0]) && text.Length > 1 ? 2 : 1;
                }
                else if (fit < text.Length)
                {
                    fit = PreferredBreak(text, fit);
                }
                var chunk = text[..fit];
                Append(part.Run, chunk.ToString(), part.Kind, part.Size, fonts.Width(part.Kind, part.Size, chunk));
                text = text[fit..];
                if (text.Length > 0)
                {
                    EndLine(force: false);
                }
            }
        }

        /// <summary>
        /// Inside a long word (typically a URL), break after a separator such as '/' or '-' when one
        /// falls in the second half of what fits, so the pieces stay readable; otherwise break at the edge.
        /// </summary>
        private static int PreferredBreak(ReadOnlySpan<char> text, int fit)
        {
            for (var i = fit - 1; i > fit / 2; i--)
            {
                if (text[i] is '/' or '-' or '?' or '&' or '=' or '_' or '.' or ',' or ';' or '#')
                {
                    return i + 1;
                }
            }
            return fit;
        }

        private int FitCount(ReadOnlySpan<char> text, FontKind kind, float size, float available)
        {
            var used = 0f;
            var i = 0;
            while (i < text.Length)
            {
                var step = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
                var w = fonts.Width(kind, size, text.Slice(i, step));
                if (used + w > available)
                {
                    break;
                }
                used += w;
                i += step;
            }
            return i;
        }

        private void Append(Run run, string text, FontKind kind, float size, float textWidth)
        {
            var code = run.Style.HasFlag(TextStyle.Code);
            var last = _pieces.Count > 0 ? _pieces[^1] : null;
            if (last is null || last.Kind != kind || last.Size != size || last.Code != code || last.Url != run.Url)
            {
                last = new Piece(kind, size, code, run.Url, _x);
                _pieces.Add(last);
            }
            last.Text.Append(text);
            last.Width += textWidth;
            _x += textWidth;
        }

        private void EndLine(bool force)
        {
            if (_pieces.Count == 0 && !force)
            {
                _x = 0;
                return;
            }
            var ops = new List<DrawOp>(_pieces.Count * 2);
            var offset = options.Alignment switch
            {
                ColumnAlignment.Right => Math.Max(0, width - _x),
                ColumnAlignment.Center => Math.Max(0, (width - _x) / 2),
                _ => 0f,
            };
            foreach (var piece in _pieces)
            {
                var x = piece.X + offset;
                var text = piece.Text.ToString();
                if (piece.Code && options.ShadeCode)
                {
                    var metrics = fonts.Metrics(piece.Kind, piece.Size);
                    ops.Add(DrawOp.Fill(x - 1f, metrics.Ascent - 0.5f, piece.Width + 2f, metrics.Descent - metrics.Ascent + 1f, PdfStyle.CodeFill));
                }
                var color = piece.Url is null ? options.Color : PdfStyle.Link;
                ops.Add(DrawOp.TextRun(x, 0, text, piece.Kind, piece.Size, color));
                if (piece.Url is not null)
                {
                    var metrics = fonts.Metrics(piece.Kind, piece.Size);
                    var underline = piece.Size * 0.12f;
                    ops.Add(DrawOp.Line(x, underline, x + piece.Width, underline, 0.5f, PdfStyle.Link));
                    ops.Add(DrawOp.Link(x, metrics.Ascent, piece.Width, metrics.Descent - metrics.Ascent, piece.Url));
                }
            }
            _lines.Add(new TextLine(_x, ops));
            _pieces.Clear();
            _x = 0;
        }
    }
}
