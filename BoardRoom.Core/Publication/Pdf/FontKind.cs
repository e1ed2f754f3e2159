namespace BoardRoom.Core.Publication.Pdf;

internal enum FontKind
{
    Regular,
    Bold,
    Italic,
    BoldItalic,
    Mono,
    MonoBold,
}
