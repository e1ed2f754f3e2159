namespace BoardRoom.App.Features.Publication;

/// <summary>The downloadable forms of the minutes: the PDF and the Word document are made from the same document model.</summary>
public enum MinutesFileFormat
{
    Pdf,
    Word,
}
