using System.Security.Cryptography;
using System.Text;

namespace BoardRoom.App.Features.Calendar;

/// <summary>Personal feed tokens: 256 random bits, URL-safe; only their SHA-256 is stored.</summary>
public static class CalendarTokens
{
    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token ?? string.Empty)));
}
