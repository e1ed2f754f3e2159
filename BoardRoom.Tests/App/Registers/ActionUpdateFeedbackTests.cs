using BoardRoom.App.Components.Pages;
using BoardRoom.Tests.Support;
using AngleSharp.Dom;
using Bunit;

namespace BoardRoom.Tests.App.Registers;

[Trait(TestProvider.Trait, TestProvider.Both)]
public sealed class ActionUpdateFeedbackTests : BoardRoomComponentTest
{
    [Fact]
    public async Task ARefusedUpdate_IsExplainedBesideItsForm_WhichStaysOpen()
    {
        await SignInAsAsync("priya.raman@rdfb.example", "Priya Raman");
        var page = Render<Actions>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=action-row]")));

        Button(page, "Update").Click();
        Button(page, "Save").Click();

        page.WaitForAssertion(() =>
        {
            var row = page.FindAll("[data-testid=action-row]").Single(r => r.QuerySelector("[data-testid=action-update-error]") is not null);
            Assert.Contains("An update needs a comment or a new status.", row.QuerySelector("[data-testid=action-update-error]")!.TextContent);
            Assert.NotNull(row.QuerySelector("[data-testid=action-update-comment]"));
        });
    }

    private static IElement Button(IRenderedComponent<Actions> page, string text)
    {
        IElement? button = null;
        page.WaitForAssertion(() => button = page.FindAll("[data-testid=action-row] button").First(b => b.TextContent.Trim() == text));
        return button!;
    }
}
