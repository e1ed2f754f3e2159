using Microsoft.Playwright;

namespace BoardRoom.Tests.Support;

/// <summary>Steps on a meeting's publication page (/meetings/{id}/publication) that browser tests share.</summary>
public static class PublicationSteps
{
    public static ILocator Stage(IPage page) => page.Locator("[data-testid=stage]");

    /// <summary>Presses a workflow step's button (step-circulate, step-return) and waits until the stage says <paramref name="stage"/>.</summary>
    public static async Task StepAsync(IPage page, string testId, string stage)
    {
        await page.Locator($"[data-testid={testId}]").ClickAsync();
        await Assertions.Expect(Stage(page)).ToContainTextAsync(stage);
    }

    /// <summary>The secretariat approves, confirming in the dialog that the sections lock, and waits for the stage.</summary>
    public static async Task ApproveAsync(IPage page)
    {
        await page.Locator("[data-testid=step-approve]").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-dialog [data-testid=confirm-message]")).ToContainTextAsync("locks every section");
        await page.Locator(".mud-dialog [data-testid=confirm-ok]").ClickAsync();
        await Assertions.Expect(Stage(page)).ToContainTextAsync("awaiting signatures");
    }

    public static async Task CommentAsync(IPage page, string text)
    {
        await page.Locator("textarea[data-testid=comment-text], [data-testid=comment-text] textarea, input[data-testid=comment-text], [data-testid=comment-text] input").First.FillAsync(text);
        await page.Locator("[data-testid=add-comment]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=review-comment]", new() { HasText = text })).ToBeVisibleAsync();
    }

    /// <summary>A co-chair signs: confirms in the dialog that the minutes are a true record and re-enters the password.</summary>
    public static async Task SignAsync(IPage page, string? screenshot = null)
    {
        await page.Locator("[data-testid=step-sign]").ClickAsync();
        await page.GetByText("I confirm these minutes are a true record").ClickAsync();
        await page.Locator("[data-testid=sign-password] input, input[data-testid=sign-password]").First.FillAsync(AppServer.DemoPassword);
        if (screenshot is not null)
        {
            await DialogScreens.TakeAsync(page, screenshot);
        }
        await page.Locator("[data-testid=sign-confirm]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=step-sign]")).ToHaveCountAsync(0);
    }

    /// <summary>The secretariat publishes, confirming in the dialog, and waits for the version (rendering PDFs takes a while).</summary>
    public static async Task PublishAsync(IPage page, int version)
    {
        await page.Locator("[data-testid=step-publish]").ClickAsync();
        await page.Locator(".mud-dialog [data-testid=confirm-ok]").ClickAsync();
        await Assertions.Expect(Stage(page)).ToContainTextAsync($"Published (version {version})", new() { Timeout = 30_000 });
    }
}
