using BoardRoom.Tests.Support;
using Microsoft.Playwright;

namespace BoardRoom.Tests.Browser.Journeys;

/// <summary>
/// Captures of a journey's key steps at desktop width and at phone width, written where <see cref="Screens"/> puts
/// screenshots (BOARDROOM_SCREENSHOTS, or a temporary folder), so a run never changes the repository; the ones in
/// docs/screenshots/journeys were copied from there after being looked at.
/// </summary>
public static class JourneyScreenshots
{
    public static string Folder => Path.GetDirectoryName(Screens.PathFor("journeys.txt"))!;

    /// <summary>Writes {name}-desktop.png (1280 px) and {name}-phone.png (390 px), then restores the page's size.</summary>
    public static async Task TakeAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        var (width, height) = page.ViewportSize is { } size ? (size.Width, size.Height) : (1280, 860);
        // From the top: a full-page capture of a scrolled page paints the fixed app bar where the scroll left it.
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.SetViewportSizeAsync(1280, 860);
        await page.WaitForTimeoutAsync(800);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"{name}-desktop.png"), FullPage = true });
        await page.SetViewportSizeAsync(390, 844);
        // MudBlazor's layout follows the new breakpoint after a resize event and a transition: let it settle.
        await page.WaitForTimeoutAsync(800);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"{name}-phone.png"), FullPage = true });
        await page.SetViewportSizeAsync(width, height);
    }
}
