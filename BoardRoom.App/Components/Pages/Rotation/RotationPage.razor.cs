using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.Rotation;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace BoardRoom.App.Components.Pages.Rotation;

public sealed partial class RotationPage
{
    private Access<RotationView>? _access;
    private string? _error;
    private string? _done;

    [Parameter] public string Slug { get; set; } = string.Empty;

    protected override async Task OnParametersSetAsync() => _access = await Rotation.GetAsync(Slug);

    private Task SwapAsync(RotationControls.Request r) =>
        RunAsync(() => Rotation.SwapAsync(Slug, r.Meeting, r.OtherMeeting!.Value, r.Reason), "Swapped. Both meetings keep their new co-chairs when the rotation re-plans.");

    private Task ChooseAsync(RotationControls.Request r) =>
        RunAsync(() => Rotation.ChooseAsync(Slug, r.Meeting, r.CoChair!.Value, r.Reason), "Chosen by hand; the meetings after it were re-planned.");

    private Task UnavailableAsync(RotationControls.Request r) =>
        RunAsync(() => Rotation.MarkUnavailableAsync(Slug, r.Meeting, r.CoChair!.Value, r.Reason), "Recorded; the rotation was re-planned around it.");

    private Task ClearAsync((MeetingId Meeting, MembershipId CoChair) r) =>
        RunAsync(() => Rotation.ClearUnavailableAsync(Slug, r.Meeting, r.CoChair), "Available again; the rotation was re-planned.");

    private async Task RunAsync(Func<Task> command, string done)
    {
        (_error, _done) = (null, null);
        try
        {
            await command();
            _done = done;
        }
        catch (Exception e) when (Refusal.IsShown(e))
        {
            _error = e.Message;
        }
        _access = await Rotation.GetAsync(Slug);
    }

    private static List<BreadcrumbItem> Crumbs(RotationView v) =>
    [
        new(v.BoardName, $"/boards/{v.BoardSlug}"),
        new("Co-chair rotation", null, disabled: true),
    ];
}
