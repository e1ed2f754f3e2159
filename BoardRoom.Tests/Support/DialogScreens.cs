using Microsoft.Playwright;

namespace BoardRoom.Tests.Support;

/// <summary>Screenshots of an open dialog at desktop (1280 px) and phone (390 px) widths, into <see cref="Screens"/>' folder.</summary>
public static class DialogScreens
{
    public static async Task TakeAsync(IPage page, string name)
    {
        var (width, height) = page.ViewportSize is { } size ? (size.Width, size.Height) : (1280, 860);
        foreach (var (suffix, w, h) in new[] { ("desktop", 1280, 860), ("phone", 390, 844) })
        {
            await page.SetViewportSizeAsync(w, h);
            // MudBlazor's layout follows a new breakpoint after a resize event and a transition: let it settle.
            await page.WaitForTimeoutAsync(800);
            await page.ScreenshotAsync(new() { Path = Screens.PathFor($"{name}-{suffix}.png") });
        }
        await page.SetViewportSizeAsync(width, height);
    }
}
