using Microsoft.Playwright;

namespace BoardRoom.Tests.Support;

/// <summary>Debian's Chromium, headless, driven by Playwright; one browser per collection, a fresh context per test.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        var path = Environment.GetEnvironmentVariable("BOARDROOM_CHROMIUM") ?? ChromiumPath;
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Chromium not found at {path}: install it with 'apt-get install -y chromium' (or set BOARDROOM_CHROMIUM).", path);
        }
        // Assertions retry until true; on a loaded 2-core CI machine give them time rather than fail.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            // No background traffic: this machine reaches nothing but localhost.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<AppServerFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
