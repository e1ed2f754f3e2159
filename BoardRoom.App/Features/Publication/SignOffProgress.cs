namespace BoardRoom.App.Features.Publication;

/// <summary>Says who has signed and who has not, so the page never says "the co-chairs" of what one of them did.</summary>
public static class SignOffProgress
{
    public static string Describe(IReadOnlyList<CoChairSignOff> coChairs)
    {
        ArgumentNullException.ThrowIfNull(coChairs);
        var signed = coChairs.Where(c => c.SignedAt is not null && c.Valid).Select(c => c.Name).ToList();
        var waiting = coChairs.Where(c => c.SignedAt is null || !c.Valid).Select(c => c.Name).ToList();
        if (waiting.Count == 0)
        {
            return $"Signed by {Names(signed)}.";
        }
        var wait = $"waiting for {Names(waiting)} to sign.";
        return signed.Count == 0 ? char.ToUpperInvariant(wait[0]) + wait[1..] : $"Signed by {Names(signed)}; {wait}";
    }

    private static string Names(IReadOnlyList<string> names) =>
        names.Count <= 1 ? string.Concat(names) : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
}
