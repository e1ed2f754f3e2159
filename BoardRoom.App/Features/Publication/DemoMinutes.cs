using BoardRoom.App.Data;
using BoardRoom.App.Features.Minutes;
using BoardRoom.Core.Actions;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Decisions;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Minutes.Ot;
using BoardRoom.Core.People;
using BoardRoom.Publishing.Pdf;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Publication;

/// <summary>
/// The demo's last meeting as held and minuted: who came, a declaration, the minutes typed in each section, two
/// decisions and three actions, then reviewed, approved, signed by both co-chairs and published as version 1, so the
/// forum has something to show on first run. Everything goes through the same domain rules as real use.
/// </summary>
public static class DemoMinutes
{
    /// <summary>Minutes text per agenda item title. The opening item is left empty (the attendance table records it).</summary>
    private static readonly Dictionary<string, string> Texts = new()
    {
        ["Declarations of interest"] = "The co-chair reminded members to declare any interest in the items on the agenda. One declaration was made (recorded above).",
        ["Minutes of the last meeting and matters arising"] = """
            The minutes of the previous meeting were **agreed as a correct record** without amendment.

            Matters arising:

            - The secretariat confirmed that the terms of reference had been published on the forum.
            - The Wales lead reported that the clinician survey closes at the end of the month.
            """,
        ["Action log review"] = """
            The secretariat took the group through the action log. Four actions were completed, two are in progress and
            none is overdue. The group asked that completed actions stay on the log for one more meeting so members can
            see what closed.
            """,
        ["England action plan 2026: progress report"] = """
            Oliver Bennett presented progress against the four priorities of the England action plan.

            - **Faster diagnosis:** the rapid genome sequencing service now reaches all seven genomic medicine service areas.
            - **Awareness among professionals:** the e-learning module has been completed by 2,340 clinicians since launch.
            - **Better coordination of care:** two milestones are at risk because of recruitment to care coordinator posts.
            - **Access to specialist care:** on track.

            Members asked for the next report to show the at-risk milestones against their original dates.
            """,
        ["Coordinated care pilots: proposal to extend to all four nations"] = """
            Fiona MacLeod introduced paper DG-2026-14. The pilots in Scotland reduced the number of separate hospital
            visits for families by a third, and families reported *less time spent repeating their history*.

            Members supported extending the pilots, provided each nation measures the same outcomes:

            | Measure | Baseline | Target after 12 months |
            |---|---:|---:|
            | Separate visits per family per year | 9.5 | 6 |
            | Families with a named coordinator | 41% | 90% |

            The patient representatives asked that families help design the evaluation.
            """,
        ["Commercial framework for rare disease medicines"] = """
            Marcus Lee set out the options for the commercial framework, including the confidential price ranges
            proposed by manufacturers in the Meridian round of negotiations. The group discussed the risks of each option.
            """,
        ["Patient experience survey: headline results"] = """
            Aisha Rahman presented the headline results of the patient experience survey (1,126 responses across the four nations).

            > It took four years and eleven appointments before anyone joined the dots. (Survey respondent)

            Members noted that experiences of transition from children's to adult services were the weakest area in
            every nation. The full report will be published in the autumn.
            """,
        ["Any other business"] = "There was no other business. The co-chair thanked members and closed the meeting at 11:55.",
    };

    /// <summary>Attendance and a declaration while the meeting runs (call between Start and Close).</summary>
    public static void RecordAttendance(Meeting past, Board board, IReadOnlyDictionary<string, Person> people, MembershipId rotatingCoChair)
    {
        var start = past.StartsAt;
        var rotating = board.Members.First(m => m.Id == rotatingCoChair).PersonId;
        var present = new[]
        {
            "helen.marsh@rdfb.example", "aisha.rahman@rdfb.example", "grace.okafor@rdfb.example", "euan.campbell@rdfb.example",
            "niamh.kelly@rdfb.example", "helena.novak@rdfb.example", "marcus.lee@rdfb.example", "priya.raman@rdfb.example",
            "anna.schmidt@rdfb.example", "fiona.macleod@rdfb.example", "oliver.bennett@rdfb.example",
        };
        past.RecordAttendance(rotating, AttendanceStatus.Present, start);
        foreach (var email in present.Where(e => people[e].Id != rotating))
        {
            past.RecordAttendance(people[email].Id, AttendanceStatus.Present, start);
        }
        past.RecordAttendance(people["tom.whitaker@rdfb.example"].Id, AttendanceStatus.Present, start.AddMinutes(25));
        var leaving = past.RecordAttendance(people["daniel.price@rdfb.example"].Id, AttendanceStatus.Present, start);
        past.RecordDeparture(leaving.Id, start.AddMinutes(80));
        foreach (var email in new[] { "carys.morgan@rdfb.example", "sarah.bell@rdfb.example", "ruth.adeyemi@rdfb.example" })
        {
            if (people[email].Id != rotating)
            {
                past.RecordAttendance(people[email].Id, AttendanceStatus.Apologies, start);
            }
        }
        past.AddGuest("Dr Sam Ortiz", "Genomics England", start.AddMinutes(35));
        var pilots = past.AgendaItems.First(i => i.Title.StartsWith("Coordinated care pilots", StringComparison.Ordinal));
        past.DeclareInterest(pilots.Id, people["niamh.kelly@rdfb.example"].Id,
            "Clinical lead of the Belfast coordinated care pilot site.", withdraws: false, start.AddMinutes(6));
    }

    /// <summary>Two decisions and three actions agreed at the meeting (the board's first of the year).</summary>
    public static void AddDecisionsAndActions(BoardRoomDbContext db, Board board, Meeting past, IReadOnlyDictionary<string, Person> people)
    {
        AgendaItem Item(string prefix) => past.AgendaItems.First(i => i.Title.StartsWith(prefix, StringComparison.Ordinal));
        var recorder = people["priya.raman@rdfb.example"].Id;
        var at = past.StartsAt.AddMinutes(70);
        var firstDecision = db.Decisions.Local.Count(d => d.BoardId == past.BoardId) + 1;
        db.Decisions.AddRange(
            Decision.Record(board, past, Item("Coordinated care pilots").Id, firstDecision,
                "The group agreed to extend the coordinated care pilots to all four nations from April, with the common evaluation measures in paper DG-2026-14.",
                DecisionMethod.Consensus, 0, 0, 0, recorder, at),
            Decision.Record(board, past, Item("Commercial framework").Id, firstDecision + 1,
                "The group agreed to pursue option B of the Meridian commercial framework, within the confidential price range discussed.",
                DecisionMethod.Vote, 9, 1, 1, recorder, at.AddMinutes(20)));
        var due = DateOnly.FromDateTime(LondonTime.ToLocal(past.StartsAt)).AddDays(42);
        db.Actions.AddRange(
            ActionItem.Agree(past, Item("England action plan").Id, 1, "Report the at-risk care coordination milestones against their original dates.",
                people["oliver.bennett@rdfb.example"].Id, "", "Milestone table with original and forecast dates in the next progress report", due, at),
            ActionItem.Agree(past, Item("Coordinated care pilots").Id, 2, "Agree the pilot evaluation plan with each nation and with two patient representatives.",
                people["fiona.macleod@rdfb.example"].Id, "", "Evaluation plan signed off by all four nations", due.AddDays(14), at),
            ActionItem.Agree(past, Item("Patient experience survey").Id, 3, "Publish a plain-language summary of the survey results on the forum.",
                null, "Rare Diseases Policy Unit", "Summary published and shared with patient organisations", due, at));
    }

    /// <summary>The minutes text of each section, as one insert per section in the op log (what the live editor loads).</summary>
    public static void WriteMinutesText(BoardRoomDbContext db, Meeting past, PersonId author)
    {
        foreach (var item in past.AgendaItems)
        {
            if (!Texts.TryGetValue(item.Title, out var text))
            {
                continue;
            }
            var body = string.Join('\n', text.Split('\n').Select(l => l.Trim())).Trim() + "\n";
            db.MinutesOperations.Add(new MinutesOperationRow
            {
                DocumentId = item.Id.Value,
                Revision = 1,
                AuthorId = author.ToString(),
                ClientId = "demo-seed",
                ClientSeq = 0,
                Operation = TextOperation.Insert(0, 0, body).ToJson(),
                Timestamp = past.EndsAt,
            });
        }
    }

    /// <summary>Circulates, approves, has both co-chairs sign and publishes version 1, at believable times after the meeting.</summary>
    public static async Task PublishAsync(IDbContextFactory<BoardRoomDbContext> dbFactory, TimeProvider clock, MeetingId meetingId,
        PersonId secretariat, PersonId permanentCoChair, PersonId rotatingCoChair, CancellationToken cancellationToken)
    {
        PdfRenderer renderer;
        try
        {
            renderer = new PdfRenderer();
        }
        catch (PdfFontNotFoundException e)
        {
            // The demo still runs; its minutes stay approved and signed, waiting for fonts to be installed.
            Console.Error.WriteLine($"Demo minutes not published: {e.Message}");
            return;
        }
        using (renderer)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var endsAt = await db.Meetings.Where(m => m.Id == meetingId).Select(m => m.StartsAt + m.Length).FirstAsync(cancellationToken);
            var steps = new SteppingClock(endsAt, clock.GetUtcNow());
            var publisher = new MinutesPublisher(dbFactory, new MinutesRecordLoader(new SectionTexts(dbFactory)), new MinutesSections(dbFactory), renderer, steps);
            await publisher.CirculateAsync(meetingId, secretariat, cancellationToken);
            await publisher.ApproveAsync(meetingId, permanentCoChair, cancellationToken);
            var view = await publisher.ViewAsync(meetingId, permanentCoChair, cancellationToken);
            await publisher.SignAsync(meetingId, permanentCoChair, view.Value!.FullSha256!, cancellationToken);
            await publisher.SignAsync(meetingId, rotatingCoChair, view.Value!.FullSha256!, cancellationToken);
            await publisher.PublishAsync(meetingId, secretariat, string.Empty, cancellationToken);
        }
    }

    /// <summary>Each reading a little later, from a day after the meeting, never past now.</summary>
    private sealed class SteppingClock(DateTimeOffset meetingEnd, DateTimeOffset now) : TimeProvider
    {
        private static readonly double[] Days = [1, 6, 6.2, 7, 8, 8, 8, 8];
        private int _step;

        public override DateTimeOffset GetUtcNow()
        {
            var span = now - meetingEnd;
            var fraction = Days[Math.Min(_step++, Days.Length - 1)] / 9.0;
            return meetingEnd + (span < TimeSpan.FromDays(9) ? span * fraction : TimeSpan.FromDays(fraction * 9));
        }
    }
}
