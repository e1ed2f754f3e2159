namespace BoardRoom.Testing.Circuits;

/// <summary>RenderTreeFrameType values that a render batch carries.</summary>
public enum FrameKind
{
    None = 0,
    Element = 1,
    Text = 2,
    Attribute = 3,
    Component = 4,
    Region = 5,
    ElementReferenceCapture = 6,
    ComponentReferenceCapture = 7,
    Markup = 8,
}
