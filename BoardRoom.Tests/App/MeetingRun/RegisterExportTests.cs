using System.Net;
using BoardRoom.Tests.Support;

namespace BoardRoom.Tests.App.MeetingRun;

[Trait(TestProvider.Trait, TestProvider.Both)]
[Collection(AppServerCollection.Name)]
public sealed class RegisterExportTests(AppServerFixture app)
{
    [Theory]
    [InlineData("api/registers/decisions.csv", "Reference,Board,Meeting,Date,Item,Decision,How decided")]
    [InlineData("api/registers/actions.csv?overdue=true", "Reference,Board,Meeting,Item,Action,Owner,Nation,Measure of success,Due,Status,Overdue")]
    public async Task AMember_DownloadsTheRegisterAsCsv(string path, string header)
    {
        using var client = await SignIn.SignedInClientAsync(app.Server, "aisha.rahman@rdfb.example");

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith(header, (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF'));
    }

    [Fact]
    public async Task AnAnonymousVisitor_GetsNoRegister()
    {
        using var client = app.Server.CreateClient();

        var response = await client.GetAsync("api/registers/decisions.csv");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Reference,Board", await response.Content.ReadAsStringAsync());
    }
}
