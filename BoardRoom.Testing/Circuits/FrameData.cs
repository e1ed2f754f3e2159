namespace BoardRoom.Testing.Circuits;

/// <summary>
/// One reference frame: for an element, A = subtree length and B = name; for an attribute, A = name, B = value and
/// <see cref="EventHandlerId"/>; for a component, A = subtree length and B = component id; for text or markup, A = the string.
/// </summary>
public readonly record struct FrameData(FrameKind Kind, int A, int B, ulong EventHandlerId);
