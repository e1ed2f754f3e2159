namespace BoardRoom.Core.Minutes.Ot;

/// <summary>An operation that cannot be accepted; nothing was changed. <see cref="Reason"/> is the machine-readable code.</summary>
public sealed class OperationRejectedException : Exception
{
    public OperationRejectedException(OperationRejectionReason reason, string message)
        : base(message)
    {
        Reason = reason;
    }

    public OperationRejectedException(OperationRejectionReason reason, string message, Exception innerException)
        : base(message, innerException)
    {
        Reason = reason;
    }

    public OperationRejectionReason Reason { get; }

    /// <summary>The code sent to clients, identical to the JavaScript twin's <c>error.code</c>.</summary>
    public string Code => Reason.ToString();
}
