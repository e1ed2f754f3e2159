using System.Net;
using System.Text.Json;
using BoardRoom.App.Features.Minutes;
using BoardRoom.App.Features.Minutes.Protocol;
using BoardRoom.Core.Minutes.Ot;
using BoardRoom.Core.Minutes.Sequencing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace BoardRoom.Testing.Minutes;

/// <summary>
/// The wire of the app's minutes hub as a member's browser speaks it, for the tests' and the load benchmarks' clients:
/// the connection on a signed-in session, joining a section and submitting an <see cref="OtClient"/>'s edits.
/// </summary>
public static class MinutesHubConnection
{
    /// <summary>
    /// A connection (not yet started) to the minutes hub at <paramref name="baseAddress"/> (a node or the proxy) on the
    /// session in <paramref name="cookies"/>, with operations as JSON.
    /// </summary>
    public static HubConnection Build(Uri baseAddress, CookieContainer cookies) => new HubConnectionBuilder()
        .WithUrl(new Uri(baseAddress, MinutesHub.Path.TrimStart('/')), o => o.Cookies = cookies)
        .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new TextOperationJsonConverter()))
        .Build();

    /// <summary>
    /// Asks to join <paramref name="sectionId"/>: from <paramref name="knownRevision"/> when the replica has one (the
    /// answer, <c>Joined</c>, then carries the operations since), with <paramref name="pending"/> when it has edits not
    /// yet acknowledged (a long catch-up then comes in pages).
    /// </summary>
    public static Task JoinSectionAsync(this HubConnection connection, Guid sectionId, long? knownRevision, bool pending) =>
        connection.InvokeAsync("JoinSection", new JoinRequest(sectionId, knownRevision, pending));

    /// <summary>Submits an <see cref="OtClient"/>'s <paramref name="submission"/> to <paramref name="sectionId"/> as <paramref name="clientId"/>.</summary>
    public static Task SubmitAsync(this HubConnection connection, Guid sectionId, string clientId, Submission submission) =>
        connection.InvokeAsync("Submit", new SubmitRequest(sectionId, clientId, submission.ClientSeq, submission.BaseRevision,
            JsonDocument.Parse(submission.Operation.ToJson()).RootElement));

    /// <summary>Whether <paramref name="ack"/> acknowledges the edit <paramref name="client"/> (of <paramref name="clientId"/>) has in flight.</summary>
    public static bool Acknowledges(this Acknowledged ack, OtClient client, string clientId) =>
        ack.ClientId == clientId && client.Inflight is not null && ack.ClientSeq == client.InflightSeq;
}
