using BoardRoom.App.Components.Shared;
using BoardRoom.App.Features.Rotation;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using Microsoft.AspNetCore.Components;

namespace BoardRoom.App.Components.Pages.Rotation;

public sealed partial class RotationControls
{
    public sealed record Request(MeetingId Meeting, MeetingId? OtherMeeting, MembershipId? CoChair, string Reason);

    [Parameter, EditorRequired] public RotationView View { get; set; } = default!;

    [Parameter] public EventCallback<Request> OnSwap { get; set; }

    [Parameter] public EventCallback<Request> OnChoose { get; set; }

    [Parameter] public EventCallback<Request> OnUnavailable { get; set; }

    private string _action = "swap";
    private string? _meeting;
    private string? _other;
    private string? _coChair;
    private string _reason = string.Empty;
    private string? _hint;

    private IEnumerable<RotationScheduleLine> Planned => View.Schedule.Where(l => l.IsPlanned);

    private static string Label(RotationScheduleLine m) =>
        $"{When.Day(m.StartsAt)}: {m.Title}{(m.Nation is { } n ? $" ({n.Display()})" : "")}";

    private async Task SubmitAsync()
    {
        if (!MeetingId.TryParse(_meeting, out var meeting))
        {
            return;
        }
        MeetingId? other = MeetingId.TryParse(_other, out var o) ? o : null;
        MembershipId? coChair = MembershipId.TryParse(_coChair, out var c) ? c : null;
        var request = new Request(meeting, other, coChair, _reason);
        var target = _action switch { "swap" => OnSwap, "choose" => OnChoose, _ => OnUnavailable };
        _hint = _action == "swap" && other is null ? "Choose the meeting to swap with."
            : _action != "swap" && coChair is null ? "Choose the co-chair." : null;
        if (_hint is not null)
        {
            return;
        }
        await target.InvokeAsync(request);
        _reason = string.Empty;
    }
}
