using BoardRoom.Core.Agendas;

namespace BoardRoom.App.Features.Agendas;

/// <summary>What the agenda editor's item form sends.</summary>
public sealed class AgendaItemForm
{
    public string Title { get; set; } = string.Empty;

    public AgendaPurpose Purpose { get; set; } = AgendaPurpose.ForDiscussion;

    public string Presenter { get; set; } = string.Empty;

    public int MinutesAllotted { get; set; } = 15;

    public string Description { get; set; } = string.Empty;

    public bool IsReserved { get; set; }

    public static AgendaItemForm From(AgendaItemLine item) => new()
    {
        Title = item.Title,
        Purpose = item.Purpose,
        Presenter = item.Presenter,
        MinutesAllotted = item.MinutesAllotted,
        Description = item.Description,
        IsReserved = item.IsReserved,
    };
}
