namespace BoardRoom.App.Components.Registers;

/// <summary>Which change the decision register's form is making.</summary>
public enum DecisionCorrectionMode
{
    Wording,
    Rescind,
    Supersede,
}
