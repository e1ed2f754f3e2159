using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;

namespace BoardRoom.App.Data;

/// <summary>A paper attached to an agenda item: its name, type, size and hash. The bytes are its <see cref="PaperContentRow"/>.</summary>
public sealed class AgendaPaperRow : IBelongsToMeeting
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public BoardId BoardId { get; set; }

    public MeetingId MeetingId { get; set; }

    public AgendaItemId AgendaItemId { get; set; }

    public string FileName { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;

    public long Length { get; set; }

    public string Sha256 { get; set; } = string.Empty;

    public PersonId UploadedBy { get; set; }

    public DateTimeOffset UploadedAt { get; set; }
}
