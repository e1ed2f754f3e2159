using System.Collections.Concurrent;
using SkiaSharp;

namespace BoardRoom.Publishing.Pdf;

/// <summary>
/// The typefaces of one renderer, with cached glyph advances: layout measures every character of a
/// 30-page document, and asking Skia each time would cost more than drawing. Skia's plain text
/// drawing does not kern, so the sum of per-character advances is exactly the drawn width.
/// Safe to share between threads: caches fill idempotently.
/// </summary>
internal sealed class PdfFonts : IDisposable
{
    private const float MeasureSize = 100f;

    private readonly SKTypeface[] _typefaces;
    private readonly SKFont[] _measureFonts;
    private readonly float[][] _advances;
    private readonly ConcurrentDictionary<(FontKind, int), float> _supplementary = new();
    private readonly ConcurrentDictionary<(FontKind, float), SKFont> _drawFonts = new();
    private readonly ConcurrentDictionary<(FontKind, float), SKFontMetrics> _metrics = new();
    private readonly object _measureLock = new();

    public PdfFonts(PdfRenderOptions options, SKFontManager fontManager)
    {
        var sans = ResolveFamily(fontManager, options.SansFamilies, "text",
            [("regular", SKFontStyle.Normal), ("bold", SKFontStyle.Bold), ("italic", SKFontStyle.Italic), ("bold italic", SKFontStyle.BoldItalic)]);
        var mono = ResolveFamily(fontManager, options.MonoFamilies, "code",
            [("regular", SKFontStyle.Normal), ("bold", SKFontStyle.Bold)]);
        _typefaces = [sans[0], sans[1], sans[2], sans[3], mono[0], mono[1]];
        SansFamily = sans[0].FamilyName;
        MonoFamily = mono[0].FamilyName;
        _measureFonts = _typefaces.Select(t => CreateFont(t, MeasureSize)).ToArray();
        _advances = _typefaces.Select(_ => CreateEmptyAdvances()).ToArray();
    }

    public string SansFamily { get; }

    public string MonoFamily { get; }

    /// <summary>A font for drawing, cached per face and size for the renderer's lifetime.</summary>
    public SKFont Font(FontKind kind, float size)
    {
        if (_drawFonts.TryGetValue((kind, size), out var font))
        {
            return font;
        }
        // Created under a lock: GetOrAdd alone may build two native fonts in a race and drop one undisposed.
        lock (_drawFonts)
        {
            return _drawFonts.GetOrAdd((kind, size), key => CreateFont(_typefaces[(int)key.Item1], key.Item2));
        }
    }

    public SKFontMetrics Metrics(FontKind kind, float size) =>
        _metrics.GetOrAdd((kind, size), key =>
        {
            Font(key.Item1, key.Item2).GetFontMetrics(out var metrics);
            return metrics;
        });

    public float Width(FontKind kind, float size, ReadOnlySpan<char> text)
    {
        var advances = _advances[(int)kind];
        var total = 0f;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                total += SupplementaryAdvance(kind, text.Slice(i, 2));
                i++;
                continue;
            }
            var advance = advances[c];
            if (float.IsNaN(advance))
            {
                advance = Measure(kind, text.Slice(i, 1));
                advances[c] = advance;
            }
            total += advance;
        }
        return total * size / MeasureSize;
    }

    public void Dispose()
    {
        foreach (var font in _drawFonts.Values)
        {
            font.Dispose();
        }
        foreach (var font in _measureFonts)
        {
            font.Dispose();
        }
        foreach (var typeface in _typefaces.Distinct())
        {
            typeface.Dispose();
        }
    }

    private float SupplementaryAdvance(FontKind kind, ReadOnlySpan<char> pair)
    {
        var key = (kind, char.ConvertToUtf32(pair[0], pair[1]));
        if (_supplementary.TryGetValue(key, out var cached))
        {
            return cached;
        }
        var advance = Measure(kind, pair);
        _supplementary[key] = advance;
        return advance;
    }

    private float Measure(FontKind kind, ReadOnlySpan<char> text)
    {
        lock (_measureLock)
        {
            return _measureFonts[(int)kind].MeasureText(text);
        }
    }

    private static float[] CreateEmptyAdvances()
    {
        var advances = new float[char.MaxValue + 1];
        Array.Fill(advances, float.NaN);
        return advances;
    }

    private static SKFont CreateFont(SKTypeface typeface, float size) => new(typeface, size)
    {
        // Unhinted, linear metrics: the PDF backend positions glyphs with unhinted advances, so
        // layout must measure the same way.
        Hinting = SKFontHinting.None,
        LinearMetrics = true,
        Subpixel = true,
    };

    private static SKTypeface[] ResolveFamily(
        SKFontManager fontManager,
        IReadOnlyList<PdfFontFamily> candidates,
        string purpose,
        (string Name, SKFontStyle Style)[] faces)
    {
        var missing = new List<string>();
        foreach (var family in candidates)
        {
            var found = new SKTypeface[faces.Length];
            var complete = true;
            for (var i = 0; i < faces.Length; i++)
            {
                var typeface = fontManager.MatchFamily(family.Name, faces[i].Style);
                if (typeface is null || !IsFace(typeface, family.Name, faces[i].Style))
                {
                    typeface?.Dispose();
                    missing.Add($"'{family.Name}' {faces[i].Name}");
                    complete = false;
                    break;
                }
                found[i] = typeface;
            }
            if (complete)
            {
                return found;
            }
            foreach (var typeface in found.Where(t => t is not null))
            {
                typeface.Dispose();
            }
        }
        var wanted = string.Join(" or ", candidates.Select(c => $"'{c.Name}' (apt-get install -y {c.AptPackages})"));
        throw new PdfFontNotFoundException(
            $"The PDF renderer needs a font family for {purpose} with faces {string.Join(", ", faces.Select(f => f.Name))}: " +
            $"{wanted}. Not found: {string.Join("; ", missing)}.");
    }

    // Font managers answer a request for a missing style with the nearest face (an upright face for
    // italic, a regular one for bold), and an unknown family with nothing or a default family;
    // either would silently print the minutes in the wrong style, so the match is checked.
    private static bool IsFace(SKTypeface typeface, string family, SKFontStyle style) =>
        string.Equals(typeface.FamilyName, family, StringComparison.OrdinalIgnoreCase)
        && typeface.FontWeight >= 600 == style.Weight >= 600
        && typeface.FontSlant != SKFontStyleSlant.Upright == (style.Slant != SKFontStyleSlant.Upright);
}
