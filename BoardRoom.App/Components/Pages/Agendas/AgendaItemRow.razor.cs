using BoardRoom.App.Features.Agendas;
using BoardRoom.Core.Agendas;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace BoardRoom.App.Components.Pages.Agendas;

public sealed partial class AgendaItemRow
{
    [Parameter, EditorRequired] public AgendaItemLine Item { get; set; } = default!;

    [Parameter] public bool Editable { get; set; }

    /// <summary>Whether the person may carry this item to the next meeting (whatever the state of this agenda).</summary>
    [Parameter] public bool CanCarryForward { get; set; }

    [Parameter] public EventCallback<AgendaItemLine> OnCarryForward { get; set; }

    [Parameter] public bool IsFirst { get; set; }

    [Parameter] public bool IsLast { get; set; }

    [Parameter] public EventCallback<(AgendaItemLine Item, int By)> OnMove { get; set; }

    [Parameter] public EventCallback<AgendaItemLine> OnEdit { get; set; }

    [Parameter] public EventCallback<AgendaItemLine> OnRemove { get; set; }

    /// <summary>
    /// A plain delegate, not an EventCallback: starting a drag must not re-render the list, or the drop that follows
    /// a moment later could name a drop handler the re-render has just replaced, and Blazor would drop the event.
    /// </summary>
    [Parameter] public Action<AgendaItemLine>? OnDragStart { get; set; }

    [Parameter] public EventCallback<AgendaItemLine> OnDrop { get; set; }

    [Parameter] public Action? OnDragEnd { get; set; }

    [Parameter] public EventCallback<(AgendaItemLine Item, IBrowserFile File)> OnUpload { get; set; }

    [Parameter] public EventCallback<PaperLine> OnRemovePaper { get; set; }

    public ElementReference Element { get; private set; }

    private Color PurposeColor => Item.Purpose switch
    {
        AgendaPurpose.ForDecision => Color.Secondary,
        AgendaPurpose.ForDiscussion => Color.Primary,
        _ => Color.Default,
    };

    private bool _dragged;

    private void StartDrag()
    {
        _dragged = true;
        OnDragStart?.Invoke(Item);
    }

    private void EndDrag()
    {
        _dragged = false;
        OnDragEnd?.Invoke();
    }

    private async Task KeyDown(KeyboardEventArgs e)
    {
        if (!Editable || !e.AltKey)
        {
            return;
        }
        if (e.Key == "ArrowUp" && !IsFirst)
        {
            await OnMove.InvokeAsync((Item, -1));
        }
        else if (e.Key == "ArrowDown" && !IsLast)
        {
            await OnMove.InvokeAsync((Item, 1));
        }
    }
}
