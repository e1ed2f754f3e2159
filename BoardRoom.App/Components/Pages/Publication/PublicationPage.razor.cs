using BoardRoom.App.Components.Shared;
using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.Publication;
using BoardRoom.Core.Common;
using BoardRoom.Core.Minutes.Records;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace BoardRoom.App.Components.Pages.Publication;

public partial class PublicationPage
{
    [Parameter] public string Id { get; set; } = string.Empty;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    private Access<PublicationView>? _access;
    private string? _error;
    private string? _busy;

    protected override async Task OnParametersSetAsync() => _access = await Desk.GetAsync(Id);

    /// <summary>Runs one workflow step; the server decides whether it is allowed. Publishing renders PDFs, so it shows progress.</summary>
    private async Task RunAsync(WorkflowStep step)
    {
        if (_access?.Value is not { } view || _busy is not null)
        {
            return;
        }
        if (step.Kind == WorkflowStepKind.Sign)
        {
            // The dialog signs, and says there why a signature was refused, so the co-chair can try again in place.
            var dialog = await Dialogs.ShowAsync<SignMinutesDialog>("Sign off these minutes?",
                new DialogParameters<SignMinutesDialog>
                {
                    { d => d.Sha256, view.FullSha256 ?? string.Empty },
                    { d => d.Sign, password => SignAsync(view, password) },
                },
                new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
            if (await dialog.Result is { Canceled: false })
            {
                _error = null;
                _access = await Desk.GetAsync(Id);
            }
            return;
        }
        if (step.Kind == WorkflowStepKind.Approve && !await ConfirmApprovalAsync(view))
        {
            return;
        }
        if (step.Kind == WorkflowStepKind.Publish && !await ConfirmDialog.AskAsync(Dialogs, "Publish on the forum?",
                $"Version {view.Versions.Count + 1} of these minutes goes on the public forum, where it stays: a published version is never changed.",
                "Publish"))
        {
            return;
        }
        _error = null;
        _busy = step.Kind == WorkflowStepKind.Publish ? "Rendering the public and full PDFs and publishing…" : "Saving…";
        StateHasChanged();
        try
        {
            var id = view.MeetingId;
            await (step.Kind switch
            {
                WorkflowStepKind.Circulate => Desk.CirculateAsync(id),
                WorkflowStepKind.ReturnToDraft => Desk.ReturnToDraftAsync(id),
                WorkflowStepKind.Approve => Desk.ApproveAsync(id),
                WorkflowStepKind.Reopen => Desk.ReopenAsync(id, step.Text),
                WorkflowStepKind.StartCorrection => Desk.StartCorrectionAsync(id, step.Text),
                WorkflowStepKind.Publish => Desk.PublishAsync(id, step.Text),
                _ => Task.CompletedTask,
            });
        }
        catch (Exception e) when (Refusal.IsShown(e))
        {
            _error = e.Message;
        }
        finally
        {
            _busy = null;
        }
        _access = await Desk.GetAsync(Id);
    }

    private async Task<string?> SignAsync(PublicationView view, string password)
    {
        try
        {
            await Desk.SignAsync(view.MeetingId, view.FullSha256 ?? string.Empty, password);
            return null;
        }
        catch (Exception e) when (Refusal.IsShown(e))
        {
            return e.Message;
        }
    }

    private async Task CommentAsync(string text)
    {
        if (_access?.Value is not { } view)
        {
            return;
        }
        _error = null;
        try
        {
            await Desk.CommentAsync(view.MeetingId, text);
        }
        catch (Exception e) when (Refusal.IsShown(e))
        {
            _error = e.Message;
        }
        _access = await Desk.GetAsync(Id);
    }

    private static List<BreadcrumbItem> Crumbs(PublicationView v) =>
    [
        new(v.BoardName, $"/boards/{v.BoardSlug}"),
        new($"Meeting {v.MeetingNumber}", $"/meetings/{v.MeetingId}"),
        new("Minutes sign-off", $"/meetings/{v.MeetingId}/publication"),
    ];

    private static string StageText(PublicationView v) => v.Stage switch
    {
        MinutesStage.InReview => "In review",
        MinutesStage.Approved => v.IsSignedOff ? "Signed off" : "Approved, awaiting signatures",
        MinutesStage.Published => $"Published (version {v.Versions[0].Version})",
        _ => v.Versions.Count > 0 ? $"Draft correction (version {v.Versions[0].Version + 1})" : "Draft",
    };

    private static Color StageColor(MinutesStage stage) => stage switch
    {
        // Theme colours only: MudBlazor's default success, warning and info tints fail WCAG contrast as text.
        MinutesStage.Published => Color.Primary,
        MinutesStage.Approved or MinutesStage.InReview => Color.Secondary,
        _ => Color.Default,
    };

    /// <summary>
    /// Approval asks first, and warns while review comments on the text are open or suggestions undecided (the lock closes
    /// them: nobody can answer, accept or reject them afterwards).
    /// </summary>
    private Task<bool> ConfirmApprovalAsync(PublicationView view)
    {
        var (comments, suggestions) = (view.OpenThreads.Count, view.OpenSuggestions.Count);
        if (comments == 0 && suggestions == 0)
        {
            return ConfirmDialog.AskAsync(Dialogs, "Approve and lock the minutes?",
                "Approving locks every section: nobody can edit the minutes afterwards, and the co-chairs are asked to sign this exact record.",
                "Approve and lock", "To change them later, the minutes must be reopened, which withdraws any signatures.");
        }
        var open = string.Join(" and ", new[] { Count(comments, "comment"), Count(suggestions, "suggestion") }.Where(p => p.Length > 0));
        var verb = comments + suggestions == 1 ? "is" : "are";
        return ConfirmDialog.AskAsync(Dialogs, $"{open} {verb} still open",
            $"{Capitalised(open)} on the text {(comments + suggestions == 1 ? "has" : "have")} not been settled. Approving locks every section, "
            + "so nobody can change the text, answer comments or decide on suggestions afterwards, and the co-chairs are asked to sign this exact record.",
            "Approve anyway", "To change the minutes later, they must be reopened, which withdraws any signatures.");

        static string Count(int n, string noun) => n switch { 0 => string.Empty, 1 => $"1 {noun}", _ => $"{n} {noun}s" };
        static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }
}
