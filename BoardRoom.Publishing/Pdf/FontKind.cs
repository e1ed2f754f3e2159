namespace BoardRoom.Publishing.Pdf;

internal enum FontKind
{
    Regular,
    Bold,
    Italic,
    BoldItalic,
    Mono,
    MonoBold,
}
