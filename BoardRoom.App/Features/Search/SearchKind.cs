namespace BoardRoom.App.Features.Search;

/// <summary>What a search hit is. Stored by name in <c>SearchEntries.Kind</c>.</summary>
public enum SearchKind
{
    Meeting,
    AgendaItem,
    Minutes,
    Decision,
    Action,
    Paper,
}

public static class SearchKindNames
{
    public static string Display(this SearchKind kind) => kind switch
    {
        SearchKind.Meeting => "Meeting",
        SearchKind.AgendaItem => "Agenda item",
        SearchKind.Minutes => "Minutes",
        SearchKind.Decision => "Decision",
        SearchKind.Action => "Action",
        _ => "Paper",
    };
}
