using Microsoft.Playwright;

namespace BoardRoom.Tests.Support;

/// <summary>Steps a member takes on a meeting's page (/meetings/{id}) that browser tests share.</summary>
public static class MeetingPageSteps
{
    /// <summary>Declares an interest in the item under discussion now (withdrawing, unless told not to) and waits for the confirmation.</summary>
    public static async Task DeclareAsync(IPage page, string interest, bool withdraw = true)
    {
        await page.ClickAsync("[data-testid=declare-interest]");
        await page.Locator("textarea[data-testid=declare-text], [data-testid=declare-text] textarea").First.FillAsync(interest);
        if (!withdraw)
        {
            var box = page.Locator("label", new() { HasText = "I will withdraw from this item" }).Locator("input[type=checkbox]");
            await box.UncheckAsync();
            await Assertions.Expect(box).Not.ToBeCheckedAsync();
        }
        await page.ClickAsync("[data-testid=declare-save]");
        await Assertions.Expect(page.Locator("[data-testid=declare-done]")).ToContainTextAsync(withdraw ? "you withdraw from the item" : "is recorded");
    }
}
