namespace BoardRoom.Core.Publication.Pdf.Layout;

internal enum DrawOpKind
{
    Text,
    Fill,
    Line,
    Link,
}
