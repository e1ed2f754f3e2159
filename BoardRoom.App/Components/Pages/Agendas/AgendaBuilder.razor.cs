using BoardRoom.App.Components.Shared;
using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.Agendas;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace BoardRoom.App.Components.Pages.Agendas;

public sealed partial class AgendaBuilder : IDisposable
{
    private IDisposable? _subscription;
    private bool _changedDuringDrag;
    private Access<AgendaView>? _access;
    private AgendaItemForm _newForm = new();
    private AgendaItemForm _editForm = new();
    private AgendaItemId? _editing;
    private AgendaItemId? _dragging;
    private AgendaItemId? _focusAfterRender;
    private string? _error;
    private string _announcement = string.Empty;

    [Parameter] public string Id { get; set; } = string.Empty;

    private Dictionary<AgendaItemId, AgendaItemRow> Rows { get; } = [];

    private MeetingId MeetingId => _access!.Value!.MeetingId;

    protected override async Task OnParametersSetAsync()
    {
        _subscription?.Dispose();
        _subscription = null;
        _access = await Agendas.GetAsync(Id);
        if (_access.IsAllowed && RendererInfo.IsInteractive)
        {
            // Another editor's change (or an approval) shows here without a reload. Not in the middle of a drag: the
            // list re-rendering under the pointer would lose the drop, so the reload waits for the drag to end.
            _subscription = Agendas.Subscribe(MeetingId, () => InvokeAsync(async () =>
            {
                if (_dragging is not null)
                {
                    _changedDuringDrag = true;
                    return;
                }
                await ReloadAsync();
            }));
        }
    }

    public void Dispose() => _subscription?.Dispose();

    private async Task ReloadAsync()
    {
        _access = await Agendas.GetAsync(Id);
        StateHasChanged();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Moving an item re-inserts its element, which drops keyboard focus: give it back so Alt+Arrow can repeat.
        if (_focusAfterRender is { } id && Rows.TryGetValue(id, out var row))
        {
            _focusAfterRender = null;
            await row.Element.FocusAsync();
        }
    }

    private Task AddAsync() => RunAsync(async () =>
    {
        await Agendas.AddItemAsync(MeetingId, _newForm);
        _announcement = $"Added {_newForm.Title.Trim()} at the end of the agenda.";
        _newForm = new AgendaItemForm();
    });

    private void StartEdit(AgendaItemLine item)
    {
        _editing = item.Id;
        _editForm = AgendaItemForm.From(item);
    }

    private Task SaveEditAsync() => RunAsync(async () =>
    {
        await Agendas.ReviseItemAsync(MeetingId, _editing!.Value, _editForm);
        _editing = null;
    });

    private Task RemoveAsync(AgendaItemLine item) => RunAsync(async () =>
    {
        await Agendas.RemoveItemAsync(MeetingId, item.Id);
        _announcement = $"Removed {item.Title}.";
    });

    private Task MoveByAsync((AgendaItemLine Item, int By) move) => MoveToAsync(move.Item, move.Item.Position + move.By);

    private void StartDrag(AgendaItemLine item) => _dragging = item.Id;

    private void EndDrag()
    {
        _dragging = null;
        if (_changedDuringDrag)
        {
            // A drag abandoned while someone else changed the agenda: catch up now.
            _changedDuringDrag = false;
            _ = InvokeAsync(ReloadAsync);
        }
    }

    private async Task DropOnAsync(AgendaItemLine target)
    {
        var dragged = _access?.Value?.Items.FirstOrDefault(i => i.Id == _dragging);
        _dragging = null;
        _changedDuringDrag = false;
        if (dragged is not null && dragged.Id != target.Id)
        {
            await MoveToAsync(dragged, target.Position);
        }
    }

    private Task MoveToAsync(AgendaItemLine item, int position) => RunAsync(async () =>
    {
        await Agendas.MoveItemAsync(MeetingId, item.Id, position);
        _announcement = $"Moved {item.Title} to position {position} of {_access!.Value!.Items.Count}.";
        _focusAfterRender = item.Id;
    });

    private Task CarryForwardAsync(AgendaItemLine item) => RunAsync(async () =>
    {
        var to = await Agendas.CarryForwardAsync(MeetingId, item.Id);
        _announcement = $"Carried {item.Title} forward to meeting {to.Number} ({BoardRoom.App.Components.Shared.When.Day(to.StartsAt)}).";
    });

    private Task AddStandingAsync() => RunAsync(async () =>
    {
        var added = await Agendas.AddStandingItemsAsync(MeetingId);
        _announcement = added == 0 ? "The standing items are already on the agenda." : $"Added {added} standing item(s).";
    });

    /// <summary>Approval goes on the record with the co-chair's name, so they confirm first.</summary>
    private async Task ApproveAsync()
    {
        var message = _access?.Value?.NeedsBothCoChairs == true
            ? "Your approval is recorded with your name and the time. The board needs both co-chairs' approval before the agenda counts as approved."
            : "Your approval is recorded with your name and the time, and the agenda is then closed to changes until reopened.";
        if (!await ConfirmDialog.AskAsync(Dialogs, "Approve this agenda?", message, "Approve agenda"))
        {
            return;
        }
        await RunAsync(async () =>
        {
            await Agendas.ApproveAsync(MeetingId);
            _announcement = "Your approval is recorded.";
        });
    }

    private Task ReopenAsync() => RunAsync(async () =>
    {
        await Agendas.ReopenAsync(MeetingId);
        _announcement = "Agenda reopened for changes; it needs the co-chairs' approval again.";
    });

    private Task UploadAsync((AgendaItemLine Item, IBrowserFile File) upload) => RunAsync(async () =>
    {
        if (upload.File.Size > PaperChecks.MaxBytes)
        {
            throw new DomainRuleException($"'{upload.File.Name}' is larger than the {PaperChecks.MaxBytes / 1024 / 1024} MB limit for papers.");
        }
        await using var stream = upload.File.OpenReadStream(PaperChecks.MaxBytes);
        var paper = await Agendas.AttachPaperAsync(MeetingId, upload.Item.Id, upload.File.Name, stream);
        _announcement = $"Attached {paper.FileName} to {upload.Item.Title}.";
    });

    private Task RemovePaperAsync(PaperLine paper) => RunAsync(async () =>
    {
        await Agendas.RemovePaperAsync(MeetingId, paper.Id);
        _announcement = $"Removed {paper.FileName}.";
    });

    /// <summary>Runs a command; a refusal is shown as it is and the agenda is reloaded from the server either way.</summary>
    private async Task RunAsync(Func<Task> command)
    {
        _error = null;
        try
        {
            await command();
        }
        catch (Exception e) when (Refusal.IsShown(e))
        {
            _error = e.Message;
            _focusAfterRender = null;
        }
        _access = await Agendas.GetAsync(Id);
    }

    private static List<BreadcrumbItem> Crumbs(AgendaView a) =>
    [
        new(a.BoardName, $"/boards/{a.BoardSlug}"),
        new($"Meeting {a.Number}", $"/meetings/{a.MeetingId}"),
        new("Agenda", null, disabled: true),
    ];
}
