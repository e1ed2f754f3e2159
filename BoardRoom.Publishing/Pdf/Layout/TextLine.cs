namespace BoardRoom.Publishing.Pdf.Layout;

/// <summary>A laid-out line of text: its width and its drawing, x from the line's start, y from its baseline.</summary>
internal sealed record TextLine(float Width, List<DrawOp> Ops);
