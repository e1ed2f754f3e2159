using MimeKit;

namespace BoardRoom.App.Features.Email;

/// <summary>
/// The embedded default, with no SMTP relay: each message is written to the data folder's "outbox" folder as
/// {outbox id}.eml (written to a temporary name, then renamed, so a reader never sees half a file). Writing the same
/// message again replaces the file, so a retry never makes a second copy.
/// </summary>
public sealed class OutboxFolderDelivery(string folder) : IMailDelivery
{
    public string Folder { get; } = folder;

    public async Task DeliverAsync(Guid outboxId, MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, $"{outboxId}.eml");
        var temporary = path + ".tmp";
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }
}
