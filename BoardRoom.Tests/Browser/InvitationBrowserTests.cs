using BoardRoom.App.Data;
using BoardRoom.Tests.Support;
using Microsoft.Playwright;

namespace BoardRoom.Tests.Browser;

/// <summary>
/// A new member from invitation to signed in, as the secretariat and the member do it in Chromium. On its own app:
/// it adds a member to the demo board, which the shared app's other tests count.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class InvitationBrowserTests(BrowserFixture browser) : OwnAppBrowserTest(browser)
{
    private async Task<IPage> AnonymousPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Server.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        return page;
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var violations = WcagAudit.Violations(await WcagAudit.RunAsync(page));
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public async Task Secretariat_AddsAMemberAndSendsAnInvitation_TheMemberChoosesAPasswordAndIsSignedIn_AndTheLinkWorksOnce()
    {
        var secretariat = await BrowserSession.SignedInPageAsync(Browser, Server, "priya.raman@rdfb.example");
        await secretariat.GotoAsync($"boards/{DemoSeeder.RareDiseasesSlug}/admin");
        await BrowserSession.WaitForInteractiveAsync(secretariat);
        await secretariat.GetByRole(AriaRole.Tab, new() { Name = "Members" }).ClickAsync();
        await secretariat.FillAsync("#new-member-name", "Morag Fraser");
        await secretariat.FillAsync("#new-member-email", "morag.fraser@rdfb.example");
        await secretariat.Locator("[data-testid=add-member]").ClickAsync();
        await Assertions.Expect(secretariat.Locator("[data-testid=admin-done]")).ToContainTextAsync("Morag Fraser added to the board");

        var row = secretariat.Locator("[data-testid=admin-member]", new() { HasText = "Morag Fraser" });
        await Assertions.Expect(row.Locator("[data-testid=no-login]")).ToHaveTextAsync("No login yet");
        await row.GetByLabel("Change Morag Fraser").ClickAsync();
        await secretariat.Locator("[data-testid=invite-member]").ClickAsync();
        var linkField = secretariat.Locator("#invitation-link");
        await Assertions.Expect(linkField).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("/account/invitation\\?email=morag.fraser%40rdfb.example&token="));
        var link = await linkField.InputValueAsync();
        await secretariat.Context.CloseAsync();

        var member = await AnonymousPageAsync();
        await member.GotoAsync(link);
        await Assertions.Expect(member.Locator("[data-testid=invited-email]")).ToHaveTextAsync("morag.fraser@rdfb.example");
        await AssertAccessibleAsync(member);
        await member.FillAsync("#password", "Rare-Boards-2026");
        await member.FillAsync("#confirm", "Rare-Boards-2026");
        await member.ClickAsync("button[type=submit]");
        await member.WaitForURLAsync(url => !url.Contains("/account/", StringComparison.Ordinal));
        await Assertions.Expect(member.Locator("[data-testid=signed-in-as]")).ToHaveTextAsync("Morag Fraser");
        await member.Context.CloseAsync();

        // The link has done its job: a second use is refused and says what to do.
        var again = await AnonymousPageAsync();
        await again.GotoAsync(link);
        await again.FillAsync("#password", "Other-Pass-2026!");
        await again.FillAsync("#confirm", "Other-Pass-2026!");
        await again.ClickAsync("button[type=submit]");
        await Assertions.Expect(again.Locator("[data-testid=invitation-error]")).ToContainTextAsync("expired or has already been used");
        await again.Context.CloseAsync();

        // And the chosen password is the one that signs in.
        var signIn = await AnonymousPageAsync();
        await signIn.GotoAsync("account/login");
        await AssertAccessibleAsync(signIn);
        await signIn.FillAsync("#email", "morag.fraser@rdfb.example");
        await signIn.FillAsync("#password", "Rare-Boards-2026");
        await signIn.ClickAsync("button[type=submit]");
        await Assertions.Expect(signIn.Locator("[data-testid=signed-in-as]")).ToHaveTextAsync("Morag Fraser");
        await signIn.Context.CloseAsync();
    }
}
