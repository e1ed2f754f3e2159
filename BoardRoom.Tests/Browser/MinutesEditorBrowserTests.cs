using BoardRoom.Tests.Support;
using Microsoft.Playwright;

namespace BoardRoom.Tests.Browser;

/// <summary>Members editing the minutes together in two real browsers (separate contexts, separate sign-ins).</summary>
[Collection(BrowserCollection.Name)]
public sealed class MinutesEditorBrowserTests(AppServerFixture app, BrowserFixture browser)
{
    private AppServer Server => app.Server;

    private async Task<Guid> SectionAsync(int index) => (await ServerDatabase.SectionsAsync(Server, "uk-rare-diseases"))[index].Id;

    [Fact]
    public async Task TwoMembersTypingAtTheSameSpotAtOnce_EndWithTheSameText_AsStoredOnTheServer()
    {
        var section = await SectionAsync(0);
        var aisha = await MinutesPage.OpenAsync(browser.Browser, Server, "aisha.rahman@rdfb.example");
        var helen = await MinutesPage.OpenAsync(browser.Browser, Server, "helen.marsh@rdfb.example");
        await aisha.FocusEndAsync(section);
        await helen.FocusEndAsync(section);

        const string fromAisha = "Apologies were received from Tom Whitaker. ";
        const string fromHelen = "Helen Marsh welcomed Rhys Evans as co-chair. ";
        await Task.WhenAll(
            aisha.Page.Keyboard.TypeAsync(fromAisha, new() { Delay = 15 }),
            helen.Page.Keyboard.TypeAsync(fromHelen, new() { Delay = 15 }));
        await aisha.WaitForStatusAsync("saved");
        await helen.WaitForStatusAsync("saved");
        await WaitUntilEqualAsync(aisha, helen, section);

        var text = await aisha.TextAsync(section);
        Assert.Equal(text, await helen.TextAsync(section));
        Assert.Equal((fromAisha + fromHelen).Order(), text.Order());
        var (stored, revision) = await ServerDatabase.ReplayLogAsync(Server, section);
        Assert.Equal(text, stored);
        Assert.Equal(revision, await aisha.RevisionAsync(section));
        await aisha.Page.Context.CloseAsync();
        await helen.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task EachMemberSeesTheOthersCursor_WithTheirName_AndItGoesWhenTheyLeave()
    {
        var section = await SectionAsync(1);
        var aisha = await MinutesPage.OpenAsync(browser.Browser, Server, "aisha.rahman@rdfb.example");
        var helen = await MinutesPage.OpenAsync(browser.Browser, Server, "helen.marsh@rdfb.example");
        await aisha.FocusEndAsync(section);
        await aisha.Page.Keyboard.TypeAsync("Declarations: none.");
        await helen.FocusEndAsync(section);
        await helen.Page.Keyboard.TypeAsync(" Noted.");

        await Assertions.Expect(aisha.Section(section).Locator(".br-remote-caret[data-name='Helen Marsh']")).ToBeVisibleAsync();
        await Assertions.Expect(helen.Section(section).Locator(".br-remote-caret[data-name='Aisha Rahman']")).ToBeVisibleAsync();
        await Assertions.Expect(aisha.Section(section).Locator("[data-participant='Helen Marsh']")).ToBeVisibleAsync();

        await helen.Page.Context.CloseAsync();
        await Assertions.Expect(aisha.Section(section).Locator(".br-remote-caret[data-name='Helen Marsh']")).ToHaveCountAsync(0);
        await Assertions.Expect(aisha.Section(section).Locator("[data-participant='Helen Marsh']")).ToHaveCountAsync(0);
        await aisha.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task AMemberWhoseConnectionIsCut_KeepsTyping_AndOnceBackEverythingIsThereExactlyOnce()
    {
        var section = await SectionAsync(2);
        var aisha = await MinutesPage.OpenAsync(browser.Browser, Server, "aisha.rahman@rdfb.example");
        var helen = await MinutesPage.OpenAsync(browser.Browser, Server, "helen.marsh@rdfb.example");
        await aisha.FocusEndAsync(section);
        await aisha.Page.Keyboard.TypeAsync("Online part. ");
        await aisha.WaitForStatusAsync("saved");

        await aisha.Page.Context.SetOfflineAsync(true);
        await aisha.WaitForStatusAsync("offline");
        await Assertions.Expect(aisha.Status).ToHaveTextAsync("Offline (changes kept)");
        await aisha.Page.Keyboard.TypeAsync("Typed while offline. ");
        await helen.FocusEndAsync(section);
        await helen.Page.Keyboard.TypeAsync("Helen meanwhile. ");
        await helen.WaitForStatusAsync("saved");
        await aisha.Page.Context.SetOfflineAsync(false);

        await aisha.WaitForStatusAsync("saved");
        await WaitUntilEqualAsync(aisha, helen, section);
        var text = await aisha.TextAsync(section);
        Assert.Equal(1, Occurrences(text, "Online part. "));
        Assert.Equal(1, Occurrences(text, "Typed while offline. "));
        Assert.Equal(1, Occurrences(text, "Helen meanwhile. "));
        Assert.Equal(text, (await ServerDatabase.ReplayLogAsync(Server, section)).Text);
        await aisha.Page.Context.CloseAsync();
        await helen.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task LeavingThePageWithUnsavedEdits_AsksFirst()
    {
        var section = await SectionAsync(2);
        var aisha = await MinutesPage.OpenAsync(browser.Browser, Server, "aisha.rahman@rdfb.example");
        await aisha.FocusEndAsync(section);
        await aisha.Page.Context.SetOfflineAsync(true);
        await aisha.WaitForStatusAsync("offline");
        await aisha.Page.Keyboard.TypeAsync("Not yet saved.");
        var asked = new TaskCompletionSource<string>();
        aisha.Page.Dialog += (_, dialog) =>
        {
            asked.TrySetResult(dialog.Type);
            _ = dialog.DismissAsync();
        };

        await aisha.Page.EvaluateAsync("() => location.reload()");

        Assert.Equal("beforeunload", await asked.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        await aisha.Page.Context.SetOfflineAsync(false);
        await aisha.WaitForStatusAsync("saved");
        Assert.Contains("Not yet saved.", (await ServerDatabase.ReplayLogAsync(Server, section)).Text);
        await aisha.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task UndoInOneBrowser_UndoesOnlyThatMembersEdit_AndLeavesTheOthersText()
    {
        var section = await SectionAsync(3);
        var aisha = await MinutesPage.OpenAsync(browser.Browser, Server, "aisha.rahman@rdfb.example");
        var helen = await MinutesPage.OpenAsync(browser.Browser, Server, "helen.marsh@rdfb.example");
        await aisha.FocusEndAsync(section);
        await aisha.Page.Keyboard.TypeAsync("AISHA");
        await aisha.WaitForStatusAsync("saved");
        await WaitUntilEqualAsync(aisha, helen, section);
        await helen.FocusEndAsync(section);
        await helen.Page.Keyboard.TypeAsync(" HELEN");
        await helen.WaitForStatusAsync("saved");
        await WaitUntilEqualAsync(aisha, helen, section);

        await aisha.Editor(section).FocusAsync();
        for (var i = 0; i < 5; i++)
        {
            await aisha.Page.Keyboard.PressAsync("Control+z");
        }
        await aisha.WaitForStatusAsync("saved");
        await WaitUntilEqualAsync(aisha, helen, section);

        var text = await helen.TextAsync(section);
        Assert.DoesNotContain("AISHA", text);
        Assert.Contains(" HELEN", text);
        await aisha.Page.Context.CloseAsync();
        await helen.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task ASentenceTypedInOneGo_IsUndoneAWordAPress_AndRedoneTheSameWay()
    {
        // Sections 5 and 6 are MinutesCaptureBrowserTests' on this shared app; this test leaves its section as it found it.
        var section = await SectionAsync(7);
        var aisha = await MinutesPage.OpenAsync(browser.Browser, Server, "aisha.rahman@rdfb.example");
        var before = await aisha.TextAsync(section);
        await aisha.FocusEndAsync(section);
        await aisha.Page.Keyboard.TypeAsync("The board agreed the plan.", new() { Delay = 20 });
        await aisha.WaitForStatusAsync("saved");

        // Five words, five presses: not one press per letter.
        await aisha.Page.Keyboard.PressAsync("Control+z");
        Assert.Equal(before + "The board agreed the ", await aisha.TextAsync(section));
        for (var i = 0; i < 4; i++)
        {
            await aisha.Page.Keyboard.PressAsync("Control+z");
        }
        Assert.Equal(before, await aisha.TextAsync(section));
        await aisha.Page.Keyboard.PressAsync("Control+y");
        Assert.Equal(before + "The ", await aisha.TextAsync(section));
        await aisha.WaitForStatusAsync("saved");
        var (stored, _) = await ServerDatabase.ReplayLogAsync(Server, section);
        Assert.Equal(before + "The ", stored);
        await aisha.Page.Keyboard.PressAsync("Control+z");
        Assert.Equal(before, await aisha.TextAsync(section));
        await aisha.WaitForStatusAsync("saved");
        await aisha.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheToolbarAndShortcuts_Format_AsMarkdown_EachItsOwnUndoStep()
    {
        // Like the undo test, on a section no other test of the shared app types in, and left as it was found.
        var section = await SectionAsync(7);
        var aisha = await MinutesPage.OpenAsync(browser.Browser, Server, "aisha.rahman@rdfb.example");
        var before = await aisha.TextAsync(section);
        await aisha.FocusEndAsync(section);
        await aisha.Page.Keyboard.InsertTextAsync("\nAgreed the ");
        await aisha.Page.Keyboard.TypeAsync("budget");
        await aisha.Page.Keyboard.PressAsync("Control+Shift+ArrowLeft");

        await aisha.Page.Keyboard.PressAsync("Control+b");
        Assert.EndsWith("\nAgreed the **budget**", await aisha.TextAsync(section));
        var toolbar = aisha.Section(section).GetByRole(AriaRole.Toolbar);
        await toolbar.GetByRole(AriaRole.Button, new() { Name = "Bulleted list" }).ClickAsync();
        Assert.EndsWith("\n- Agreed the **budget**", await aisha.TextAsync(section));
        await Assertions.Expect(aisha.Section(section).Locator("[data-preview] li strong")).ToHaveTextAsync("budget");
        await aisha.Section(section).ScreenshotAsync(new() { Path = Screens.PathFor("minutes-toolbar-desktop.png") });
        await aisha.Page.SetViewportSizeAsync(390, 844);
        await aisha.Section(section).ScrollIntoViewIfNeededAsync();
        await aisha.Page.ScreenshotAsync(new() { Path = Screens.PathFor("minutes-toolbar-phone.png") });
        await aisha.Page.SetViewportSizeAsync(1280, 860);

        // The list was one step, the bold another: two presses take back both and leave what was typed.
        await aisha.Page.Keyboard.PressAsync("Control+z");
        Assert.EndsWith("\nAgreed the **budget**", await aisha.TextAsync(section));
        await aisha.Page.Keyboard.PressAsync("Control+z");
        Assert.Equal(before + "\nAgreed the budget", await aisha.TextAsync(section));
        await aisha.WaitForStatusAsync("saved");
        Assert.Equal(before + "\nAgreed the budget", (await ServerDatabase.ReplayLogAsync(Server, section)).Text);
        for (var i = 0; i < 5 && await aisha.TextAsync(section) != before; i++)
        {
            await aisha.Page.Keyboard.PressAsync("Control+z");
        }
        Assert.Equal(before, await aisha.TextAsync(section));
        await aisha.WaitForStatusAsync("saved");
        await aisha.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheMarkdownPreview_ShowsFormatting_ButNeverRunsWhatAMemberTyped()
    {
        var section = await SectionAsync(4);
        var aisha = await MinutesPage.OpenAsync(browser.Browser, Server, "aisha.rahman@rdfb.example");
        await aisha.FocusEndAsync(section);

        await aisha.Page.Keyboard.TypeAsync("**Agreed** <img src=x onerror=\"window.pwned=1\"> [link](javascript:alert(1))");

        var preview = aisha.Section(section).Locator("[data-preview]");
        await Assertions.Expect(preview.Locator("strong")).ToHaveTextAsync("Agreed");
        await Assertions.Expect(preview).ToContainTextAsync("<img src=x");
        Assert.Equal(0, await preview.Locator("img").CountAsync());
        Assert.Equal(0, await preview.Locator("a[href^='javascript']").CountAsync());
        Assert.False(await aisha.Page.EvaluateAsync<bool>("() => window.pwned === 1"));
        await aisha.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnObserver_SeesTheMinutesReadOnly_AndIsToldWhy()
    {
        var section = await SectionAsync(0);
        var anna = await MinutesPage.OpenAsync(browser.Browser, Server, "anna.schmidt@rdfb.example");

        var banner = anna.Section(section).Locator("[data-readonly]");
        await Assertions.Expect(banner).ToBeVisibleAsync();
        await Assertions.Expect(banner).ToContainTextAsync("read the minutes but not edit");
        Assert.Equal("false", await anna.Editor(section).GetAttributeAsync("contenteditable"));
        await anna.Page.Context.CloseAsync();
    }

    private static int Occurrences(string text, string part) =>
        (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    [Fact]
    public async Task AMemberTypingInABusySection_TakesInTheOthersBatchedEdits_AndEndsWithTheStoredText()
    {
        var section = await SectionAsync(6);
        var page = await BrowserSession.SignedInPageAsync(browser.Browser, Server, "helen.marsh@rdfb.example");
        // What the hub sends this browser, read off its WebSocket as it arrives.
        var batches = 0;
        page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) =>
        {
            if (frame.Text?.Contains("\"OperationsApplied\"", StringComparison.Ordinal) == true)
            {
                Interlocked.Increment(ref batches);
            }
        };
        Guid meeting;
        await using (var db = ServerDatabase.Open(Server))
        {
            meeting = db.AgendaItems.Where(i => i.Id == ServerDatabase.ItemId(section)).Select(i => i.MeetingId).Single().Value;
        }
        var helen = await MinutesPage.OpenAsync(page, meeting);
        string[] typists = ["aisha.rahman@rdfb.example", "priya.raman@rdfb.example", "siobhan.doherty@rdfb.example"];
        var others = new List<LiveMinutesClient>();
        try
        {
            for (var i = 0; i < 8; i++)
            {
                others.Add(await LiveMinutesClient.ConnectAsync(Server, typists[i % typists.Length]));
                await others[^1].JoinAsync(section);
            }
            await helen.FocusEndAsync(section);

            // Helen types a sentence at the end while eight others type at the start in bursts, until the section has
            // been busy enough for the hub to batch what it sends her (bounded).
            const string sentence = " The board noted the delivery group's report.";
            var typing = page.Keyboard.TypeAsync(sentence, new() { Delay = 20 });
            for (var burst = 0; burst < 10 && (burst < 3 || Volatile.Read(ref batches) == 0); burst++)
            {
                for (var keystroke = 0; keystroke < 10; keystroke++)
                {
                    others.ForEach(o => o.Insert(0, "x"));
                }
                foreach (var other in others)
                {
                    await other.WaitUntilSettledAsync();
                }
            }
            await typing;
            await helen.WaitForStatusAsync("saved");
            var (stored, revision) = await ServerDatabase.ReplayLogAsync(Server, section);
            foreach (var other in others)
            {
                await other.WaitForRevisionAsync(revision);
            }
            await helen.WaitForTextAsync(section, stored);

            Assert.True(Volatile.Read(ref batches) > 0, "The browser received no batched edits.");
            Assert.EndsWith(sentence, stored, StringComparison.Ordinal);
            Assert.Equal(revision, await helen.RevisionAsync(section));
            Assert.All(others, o => Assert.Equal(stored, o.Text));
        }
        finally
        {
            foreach (var other in others)
            {
                await other.DisposeAsync();
            }
            await page.Context.CloseAsync();
        }
    }

    private static async Task WaitUntilEqualAsync(MinutesPage a, MinutesPage b, Guid section)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (await a.TextAsync(section) != await b.TextAsync(section) || await a.RevisionAsync(section) != await b.RevisionAsync(section))
        {
            Assert.True(DateTime.UtcNow < deadline, "The two browsers did not converge.");
            await Task.Delay(50);
        }
    }
}
