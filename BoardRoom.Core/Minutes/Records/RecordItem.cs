using BoardRoom.Core.Agendas;

namespace BoardRoom.Core.Minutes.Records;

/// <summary>One agenda item as minuted: its minutes text (Markdown from its section), declarations, decisions and actions.</summary>
public sealed record RecordItem(
    int Number,
    string Title,
    string Presenter,
    AgendaPurpose Purpose,
    bool IsReserved,
    string MinutesMarkdown,
    IReadOnlyList<RecordDeclaration> Declarations,
    IReadOnlyList<RecordDecision> Decisions,
    IReadOnlyList<RecordAction> Actions);
