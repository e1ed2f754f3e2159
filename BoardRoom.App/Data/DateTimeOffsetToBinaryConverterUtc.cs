using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BoardRoom.App.Data;

/// <summary>Stores an instant as UTC ticks (INTEGER), which SQLite can order and compare.</summary>
public sealed class DateTimeOffsetToBinaryConverterUtc() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));
