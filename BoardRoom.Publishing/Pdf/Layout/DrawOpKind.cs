namespace BoardRoom.Publishing.Pdf.Layout;

internal enum DrawOpKind
{
    Text,
    Fill,
    Line,
    Link,
}
