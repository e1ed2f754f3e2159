namespace BoardRoom.Core.Agendas;

/// <summary>The standing items a board meeting opens and closes with.</summary>
public static class StandingAgenda
{
    /// <summary>Welcome and apologies, declarations of interest, last minutes, action log review; any other business at the end.</summary>
    public static readonly IReadOnlyList<StandingItem> Default =
    [
        new("Welcome, introductions and apologies", AgendaPurpose.ForInformation, "Co-chairs", 5),
        new("Declarations of interest", AgendaPurpose.ForInformation, "Co-chairs", 5),
        new("Minutes of the last meeting and matters arising", AgendaPurpose.ForDecision, "Co-chairs", 10),
        new("Action log review", AgendaPurpose.ForDiscussion, "Secretariat", 10),
        new("Any other business", AgendaPurpose.ForDiscussion, "Co-chairs", 10, AtEnd: true),
    ];
}
