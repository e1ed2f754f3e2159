using BoardRoom.App.Components.Pages;
using BoardRoom.App.Features.Agendas;
using BoardRoom.Core.Meetings;
using BoardRoom.Tests.Support;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoardRoom.Tests.App.Search;

/// <summary>The /search page as rendered: matched words in &lt;mark&gt;, everything stored shown as text, and its messages.</summary>
public sealed class SearchPageTests : BoardRoomComponentTest
{
    private IRenderedComponent<BoardRoom.App.Components.Pages.Search> Open(string query)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/search?q={Uri.EscapeDataString(query)}");
        return Render<BoardRoom.App.Components.Pages.Search>();
    }

    [Fact]
    public async Task AStoredScript_IsShownAsText_AndOnlyTheMatchedWordIsMarked()
    {
        await SignInAsAsync("priya.raman@rdfb.example", "Priya Raman");
        await using (var db = Database.Open())
        {
            var next = await db.Meetings.Where(m => m.Status == MeetingStatus.Scheduled).OrderBy(m => m.StartsAt).Select(m => m.Id).FirstAsync();
            await Services.GetRequiredService<AgendaEditor>().AddItemAsync(next, new AgendaItemForm
            {
                Title = "<img src=x onerror=alert(1)> zanzibar", MinutesAllotted = 5,
                Description = "<script>alert('zanzibar')</script> and <mark>not a match</mark>",
            });
        }

        var page = Open("zanzibar");

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=search-hit]")));
        Assert.Empty(page.FindAll("script"));
        Assert.Empty(page.FindAll("img"));
        Assert.Equal(["zanzibar", "zanzibar"], page.FindAll("[data-testid=search-hit] mark").Select(m => m.TextContent).ToArray());
        Assert.Contains("&lt;script&gt;", page.Markup, StringComparison.Ordinal);
        Assert.Contains("<script>alert('zanzibar')</script> and <mark>not a match</mark>", page.Find("[data-testid=search-snippet]").TextContent, StringComparison.Ordinal);
        Assert.Equal("<img src=x onerror=alert(1)> zanzibar", page.Find("[data-testid=search-hit-link]").TextContent.Trim());
        Assert.Equal("1 result for “zanzibar”.", page.Find("[data-testid=search-count]").TextContent);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("99999999999999999999")]
    [InlineData("-3")]
    public async Task AHandTypedPageNumber_IsNoError(string pageNumber)
    {
        await SignInAsAsync("anna.schmidt@rdfb.example", "Anna Schmidt");
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/search?q=genomic&page={pageNumber}");

        var page = Render<BoardRoom.App.Components.Pages.Search>();

        page.WaitForAssertion(() => Assert.Equal("1 result for “genomic”.", page.Find("[data-testid=search-count]").TextContent));
    }

    [Theory]
    [InlineData("", "Search the meetings, agenda items, minutes, decisions, actions and papers of your boards.")]
    [InlineData("x", "Type at least two letters or digits to search for.")]
    public async Task AnEmptyOrTooShortQuery_ShowsWhatToDo(string query, string message)
    {
        await SignInAsAsync("anna.schmidt@rdfb.example", "Anna Schmidt");

        var page = Open(query);

        page.WaitForAssertion(() => Assert.Equal(message, page.Find("[data-testid=search-message]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=search-hit]"));
    }
}
