using Microsoft.Playwright;

namespace BoardRoom.Tests.Support;

/// <summary>
/// Whether a page fits a 390 px phone: the page no wider than the screen, and no element inside scrolling sideways
/// (overflow-x auto or scroll with content wider than its box), so nothing is read by scrolling a table.
/// </summary>
public static class PhoneFit
{
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private const string Measure = """
        () => ({
            width: document.documentElement.scrollWidth,
            scrollers: [...document.querySelectorAll('body *')]
                .filter(e => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth + 1)
                .map(e => `${e.tagName}.${e.className} ${e.scrollWidth} > ${e.clientWidth}`),
            wide: [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > innerWidth + 1)
                .slice(0, 3).map(e => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`),
        })
        """;

    /// <summary>Asserts the page, at its current viewport, fits as above; <paramref name="name"/> names it in the failure.</summary>
    public static async Task AssertFitsAsync(IPage page, string name)
    {
        var fit = await page.EvaluateAsync<Fit>(Measure);
        var width = page.ViewportSize?.Width ?? Phone.Width;
        Assert.True(fit.Width <= width, $"{name} is {fit.Width} px wide on a {width} px screen: {string.Join(" | ", fit.Wide)}");
        Assert.True(fit.Scrollers.Length == 0, $"{name} scrolls sideways inside: {string.Join(" | ", fit.Scrollers)}");
    }

    /// <summary>Sets the phone's viewport, lets MudBlazor follow the breakpoint, asserts the fit, and restores the viewport.</summary>
    public static async Task AssertFitsAtPhoneWidthAsync(IPage page, string name)
    {
        var (width, height) = page.ViewportSize is { } size ? (size.Width, size.Height) : (1280, 860);
        await page.SetViewportSizeAsync(Phone.Width, Phone.Height);
        await page.WaitForTimeoutAsync(800);
        try
        {
            await AssertFitsAsync(page, name);
        }
        finally
        {
            await page.SetViewportSizeAsync(width, height);
        }
    }

    private sealed class Fit
    {
        public int Width { get; set; }

        public string[] Scrollers { get; set; } = [];

        public string[] Wide { get; set; } = [];
    }
}
