namespace BoardRoom.App.Components.Pages.Publication;

public enum WorkflowStepKind
{
    Circulate,
    ReturnToDraft,
    Approve,
    Sign,
    Reopen,
    StartCorrection,
    Publish,
}

/// <summary>A button press on the publication page, with the reason or correction note it carries.</summary>
public sealed record WorkflowStep(WorkflowStepKind Kind, string Text = "");
