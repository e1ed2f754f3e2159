using System.Globalization;
using BoardRoom.Core.Common;

namespace BoardRoom.App.Features.Registers;

/// <summary>
/// Reads the registers' optional query filters. An empty value means "no filter" (a form or a link built from a page
/// whose filters are unset sends <c>nation=</c>); a value that means nothing is refused, naming the filter.
/// </summary>
public static class RegisterFilter
{
    public static bool Flag(string? value, string name) => Parse(value, name, v => bool.TryParse(v, out var b) ? b : (bool?)null) ?? false;

    public static int? Number(string? value, string name) =>
        Parse(value, name, v => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : (int?)null);

    public static T? Choice<T>(string? value, string name)
        where T : struct, Enum =>
        Parse(value, name, v => Enum.TryParse<T>(v, ignoreCase: true, out var e) && Enum.IsDefined(e) && !int.TryParse(v, out _) ? e : (T?)null);

    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static T? Parse<T>(string? value, string name, Func<string, T?> parse)
        where T : struct
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        return parse(value.Trim()) ?? throw new DomainRuleException($"'{value}' is not a value of the {name} filter.");
    }
}
