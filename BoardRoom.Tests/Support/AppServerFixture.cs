namespace BoardRoom.Tests.Support;

/// <summary>One seeded app shared by the tests of a collection that only read, or write where no other test looks.</summary>
public sealed class AppServerFixture : IAsyncLifetime
{
    private AppServer? _server;

    public AppServer Server => _server ?? throw new InvalidOperationException("The app has not started.");

    public async Task InitializeAsync() => _server = await AppServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AppServerCollection : ICollectionFixture<AppServerFixture>
{
    public const string Name = "app server";
}
