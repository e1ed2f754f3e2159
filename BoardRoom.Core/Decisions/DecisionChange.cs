using BoardRoom.Core.People;

namespace BoardRoom.Core.Decisions;

/// <summary>One change to a decision, kept for ever: who, when, what it was, what it became, and why.</summary>
public sealed class DecisionChange
{
    private DecisionChange()
    {
        From = string.Empty;
        To = string.Empty;
        Reason = string.Empty;
    }

    internal DecisionChange(DecisionId decisionId, PersonId by, DateTimeOffset at, DecisionChangeKind kind, string from, string to, string reason)
    {
        Id = Guid.CreateVersion7();
        DecisionId = decisionId;
        By = by;
        At = at;
        Kind = kind;
        From = from;
        To = to;
        Reason = reason;
    }

    public Guid Id { get; private set; }

    public DecisionId DecisionId { get; private set; }

    public PersonId By { get; private set; }

    public DateTimeOffset At { get; private set; }

    public DecisionChangeKind Kind { get; private set; }

    public string From { get; private set; }

    public string To { get; private set; }

    public string Reason { get; private set; }
}
