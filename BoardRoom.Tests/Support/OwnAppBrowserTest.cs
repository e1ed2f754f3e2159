using Microsoft.Playwright;

namespace BoardRoom.Tests.Support;

/// <summary>
/// A browser test in the browser collection (one Chromium, run in turn with the others) on an app of its own, for
/// tests that change the demo in ways the shared app's other tests would notice.
/// </summary>
public abstract class OwnAppBrowserTest(BrowserFixture browser) : IAsyncLifetime
{
    private AppServer? _server;

    protected IBrowser Browser => browser.Browser;

    protected AppServer Server => _server ?? throw new InvalidOperationException("The app has not started.");

    public async Task InitializeAsync() => _server = await AppServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
