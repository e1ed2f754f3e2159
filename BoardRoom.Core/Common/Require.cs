namespace BoardRoom.Core.Common;

/// <summary>Argument checks that throw <see cref="DomainRuleException"/> with a message fit to show a person.</summary>
public static class Require
{
    public static string Text(string? value, string what, int maxLength = 200)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            throw new DomainRuleException($"{what} is required.");
        }
        if (trimmed.Length > maxLength)
        {
            throw new DomainRuleException($"{what} must be at most {maxLength} characters.");
        }
        return trimmed;
    }

    public static string OptionalText(string? value, string what, int maxLength = 2000)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length > maxLength)
        {
            throw new DomainRuleException($"{what} must be at most {maxLength} characters.");
        }
        return trimmed;
    }

    public static int Positive(int value, string what)
    {
        if (value <= 0)
        {
            throw new DomainRuleException($"{what} must be greater than zero (got {value}).");
        }
        return value;
    }

    public static TimeSpan PositiveDuration(TimeSpan value, string what)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new DomainRuleException($"{what} must be longer than zero.");
        }
        return value;
    }
}
