using System.Net;
using BoardRoom.Tests.Support;

namespace BoardRoom.Tests.App.Hosting;

/// <summary>
/// Two nodes of one database that share nothing else (each its own data folder): a sign-in made on one is good on the
/// other, because the data-protection key ring is kept in the database under one application name.
/// </summary>
[Trait(TestProvider.Trait, TestProvider.Both)]
public sealed class SharedKeyRingTests
{
    [Fact]
    public async Task ACookieSignedByOneNode_OpensPagesOnTheOther_ThatHasItsOwnDataFolder()
    {
        await using var nodeA = await AppServer.StartAsync();
        var database = new Dictionary<string, string> { ["ConnectionStrings__BoardRoom"] = nodeA.ConnectionString };
        await using var nodeB = await AppServer.StartAsync(settings: database);
        Assert.NotEqual(nodeA.DataDirectory, nodeB.DataDirectory);

        var cookies = await SignIn.SessionCookiesAsync(nodeA, "priya.raman@rdfb.example");
        using var onB = nodeB.CreateClient(cookies: cookies);
        var page = await onB.GetAsync("/boards/uk-rare-diseases");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("UK Rare Diseases Framework Board", await page.Content.ReadAsStringAsync());
    }
}
