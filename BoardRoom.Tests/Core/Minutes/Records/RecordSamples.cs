using BoardRoom.Core.Agendas;
using BoardRoom.Core.Minutes.Records;

namespace BoardRoom.Tests.Core.Minutes.Records;

/// <summary>A small meeting's record with one reserved item whose every field carries a marker word.</summary>
public static class RecordSamples
{
    public const string ReservedMarker = "Zanzibar";

    public static readonly DateTimeOffset Start = new(2026, 6, 2, 9, 0, 0, TimeSpan.Zero);

    public static MinutesRecord Full(string surveyText = "The group **noted** the headline results of the survey.", bool showReservedLine = true) =>
        MinutesRecord.Full(
            new RecordHeader("UK Rare Diseases Framework Board", "Delivery Group", 12, "Delivery Group meeting 12", Start, Start.AddHours(2),
                "Room 4.12, 39 Victoria Street, London", ["Helen Marsh (permanent co-chair)", "Rhys Evans (rotating co-chair, Wales)"]),
            [new("Helen Marsh", "UK Rare Diseases Framework Board"), new("Aisha Rahman", "Rare Voices Alliance", ArrivedLateAt: Start.AddMinutes(20))],
            [new("Tom Whitaker", "Independent")],
            [new("Dr Sam Ortiz", "Genomics England")],
            [
                new RecordItem(1, "Welcome and apologies", "Helen Marsh", AgendaPurpose.ForInformation, false, "", [], [], []),
                new RecordItem(2, "Patient experience survey", "Aisha Rahman", AgendaPurpose.ForDecision, false, surveyText,
                    [new("Grace Okafor", "Co-author of the survey report", false)],
                    [new("D-2026-07", "Publish the survey summary on the forum.", "By consensus")],
                    [new("A-2026-11", "Publish the survey summary", "Secretariat", "Summary on the forum", new DateOnly(2026, 7, 1))]),
                new RecordItem(3, $"Commercial framework {ReservedMarker}", "Marcus Lee", AgendaPurpose.ForDiscussion, true,
                    $"Prices under negotiation with {ReservedMarker} Pharma.",
                    [new("Marcus Lee", $"Adviser to {ReservedMarker} Pharma", true)],
                    [new("D-2026-08", $"Open talks with {ReservedMarker}.", "By vote: 6 for, 1 against, 0 abstaining")],
                    [new("A-2026-12", $"Write to {ReservedMarker}", "Marcus Lee", $"{ReservedMarker} replies", new DateOnly(2026, 7, 15))]),
            ],
            "Tuesday 14 July 2026, 10:00",
            showReservedLine);
}
