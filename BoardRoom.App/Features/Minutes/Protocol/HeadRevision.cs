namespace BoardRoom.App.Features.Minutes.Protocol;

/// <summary>
/// Server → each member of a section, every few seconds while the section is open: the op log's latest revision. A
/// client that has not reached it (the last broadcast before a quiet spell was lost between nodes) rejoins from its
/// known revision once its gap timeout passes.
/// </summary>
public sealed record HeadRevision(Guid SectionId, long Revision);
