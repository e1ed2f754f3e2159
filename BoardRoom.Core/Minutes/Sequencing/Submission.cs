using BoardRoom.Core.Minutes.Ot;

namespace BoardRoom.Core.Minutes.Sequencing;

/// <summary>
/// A client's edit as sent to the server: <see cref="Operation"/> applies to the document at
/// <see cref="BaseRevision"/>. (ClientId, ClientSeq) identifies it across re-sends; ClientSeq grows by one per edit
/// of a client. <see cref="AuthorId"/> is set by the server from the signed-in user, never taken from the client.
/// </summary>
public sealed record Submission(string ClientId, long ClientSeq, long BaseRevision, TextOperation Operation, string AuthorId);
