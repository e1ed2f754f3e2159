namespace BoardRoom.Testing.Circuits;

/// <summary>One edit of a diff: its RenderTreeEditType, sibling index, and reference frame (or move-to) index.</summary>
public readonly record struct RenderTreeEditData(int Type, int SiblingIndex, int ReferenceFrameIndex)
{
    public const int PrependFrame = 1;
    public const int SetAttribute = 3;
}
