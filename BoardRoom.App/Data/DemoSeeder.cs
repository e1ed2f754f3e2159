using BoardRoom.App.Features.Publication;
using BoardRoom.App.Hosting;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BoardRoom.App.Data;

/// <summary>
/// The demo: a fictional UK Rare Diseases Framework Board with its delivery group meeting every six weeks
/// (the last meeting held, the next one with a draft agenda), plus a second board that the first board's
/// members cannot see. All people are invented.
/// </summary>
public sealed class DemoSeeder(
    IDbContextFactory<BoardRoomDbContext> dbFactory,
    UserManager<ApplicationUser> users,
    IOptions<BoardRoomOptions> options,
    TimeProvider clock)
{
    public const string RareDiseasesSlug = "uk-rare-diseases";
    public const string NewbornScreeningSlug = "newborn-screening";

    /// <summary>The logins printed at start-up, one per kind of user.</summary>
    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("priya.raman@rdfb.example", "Priya Raman", "Secretariat, UK Rare Diseases Framework Board"),
        new("helen.marsh@rdfb.example", "Helen Marsh", "Permanent co-chair"),
        new("siobhan.doherty@rdfb.example", "Siobhan Doherty", "Rotating co-chair (Northern Ireland)"),
        new("aisha.rahman@rdfb.example", "Aisha Rahman", "Member (patient representative)"),
        new("anna.schmidt@rdfb.example", "Anna Schmidt", "Observer"),
        new("laura.finch@nsap.example", "Laura Finch", "Co-chair of another board (Newborn Screening)"),
    ];

    private static readonly (string Name, string Email, BoardRole Role, Nation? Nation, string Title, string Organisation)[] RareDiseasesPeople =
    [
        ("Helen Marsh", "helen.marsh@rdfb.example", BoardRole.CoChair, null, "Permanent co-chair", "UK Rare Diseases Framework Board"),
        ("Oliver Bennett", "oliver.bennett@rdfb.example", BoardRole.CoChair, Nation.England, "Deputy Director, Rare Diseases", "Department of Health and Social Care"),
        ("Fiona MacLeod", "fiona.macleod@rdfb.example", BoardRole.CoChair, Nation.Scotland, "Head of Specialist Services", "Scottish Government"),
        ("Rhys Evans", "rhys.evans@rdfb.example", BoardRole.CoChair, Nation.Wales, "Deputy Director, Healthcare Quality", "Welsh Government"),
        ("Siobhan Doherty", "siobhan.doherty@rdfb.example", BoardRole.CoChair, Nation.NorthernIreland, "Director of Secondary Care", "Department of Health (Northern Ireland)"),
        ("Aisha Rahman", "aisha.rahman@rdfb.example", BoardRole.Member, null, "Patient representative", "Rare Voices Alliance"),
        ("Tom Whitaker", "tom.whitaker@rdfb.example", BoardRole.Member, null, "Patient representative", "Independent"),
        ("Grace Okafor", "grace.okafor@rdfb.example", BoardRole.Member, Nation.England, "Consultant clinical geneticist", "NHS England Genomic Medicine Service"),
        ("Euan Campbell", "euan.campbell@rdfb.example", BoardRole.Member, Nation.Scotland, "Rare disease clinical lead", "NHS Scotland"),
        ("Carys Morgan", "carys.morgan@rdfb.example", BoardRole.Member, Nation.Wales, "Clinical director, Wales Genomic Health", "NHS Wales"),
        ("Niamh Kelly", "niamh.kelly@rdfb.example", BoardRole.Member, Nation.NorthernIreland, "Consultant paediatrician", "Health and Social Care Northern Ireland"),
        ("Helena Novak", "helena.novak@rdfb.example", BoardRole.Member, null, "Chief executive", "Unique Conditions Trust (charity)"),
        ("Daniel Price", "daniel.price@rdfb.example", BoardRole.Member, null, "Head of research partnerships", "National rare disease research network"),
        ("Sarah Bell", "sarah.bell@rdfb.example", BoardRole.Member, null, "Rare disease nurse specialist", "Royal College of Nursing"),
        ("Marcus Lee", "marcus.lee@rdfb.example", BoardRole.Member, null, "Associate director, technology appraisal", "Health technology assessment body"),
        ("Ruth Adeyemi", "ruth.adeyemi@rdfb.example", BoardRole.Member, null, "Lay member", "Patient and public voice"),
        ("Priya Raman", "priya.raman@rdfb.example", BoardRole.Secretariat, null, "Board secretary", "Rare Diseases Policy Unit"),
        ("Ben Carter", "ben.carter@rdfb.example", BoardRole.Secretariat, null, "Policy adviser", "Rare Diseases Policy Unit"),
        ("Anna Schmidt", "anna.schmidt@rdfb.example", BoardRole.Observer, null, "Observer", "Office for Life Sciences"),
    ];

    private static readonly Nation[] RotationOrder = [Nation.England, Nation.Scotland, Nation.Wales, Nation.NorthernIreland];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var joined = new DateOnly(2025, 1, 6);

        var rareDiseases = Board.Create("UK Rare Diseases Framework Board", RareDiseasesSlug,
            "Oversees delivery of the UK Rare Diseases Framework across England, Scotland, Wales and Northern Ireland. " +
            "A permanent co-chair sits with a senior official of each nation in rotation; minutes are published on the forum.");
        var people = new Dictionary<string, Person>();
        foreach (var p in RareDiseasesPeople)
        {
            var person = Person.Create(p.Name, p.Email);
            people[p.Email] = person;
            rareDiseases.AddMember(person.Id, p.Role, p.Nation, p.Title, p.Organisation, joined);
        }
        var helen = rareDiseases.ActiveMembershipOf(people["helen.marsh@rdfb.example"].Id)!;
        rareDiseases.AppointPermanentCoChair(helen.Id);

        var screening = Board.Create("Newborn Screening Advisory Panel", NewbornScreeningSlug,
            "Advises on the conditions screened for at birth. A separate board: its papers are closed to other boards' members.");
        var laura = Person.Create("Laura Finch", "laura.finch@nsap.example");
        var mark = Person.Create("Mark Dunn", "mark.dunn@nsap.example");
        people[laura.Email] = laura;
        people[mark.Email] = mark;
        var lauraSeat = screening.AddMember(laura.Id, BoardRole.CoChair, null, "Chair", "Newborn Screening Advisory Panel", joined);
        screening.AppointPermanentCoChair(lauraSeat.Id);
        screening.AddMember(mark.Id, BoardRole.Secretariat, null, "Panel secretary", "Screening programme office", joined);

        db.People.AddRange(people.Values);
        db.Boards.AddRange(rareDiseases, screening);

        var delivery = MeetingSeries.Create(rareDiseases.Id, "Delivery Group", new Cadence(6, DayOfWeek.Tuesday, new TimeOnly(10, 0)),
            new DateOnly(2025, 1, 14), TimeSpan.FromHours(2), "Room 4.12, 39 Victoria Street, London, and online", "https://meet.example/rdfb-delivery");
        db.MeetingSeries.Add(delivery);

        var now = clock.GetUtcNow();
        var next = delivery.OccurrencesFrom(now).First();
        var rotating = rareDiseases.RotatingCoChairs.ToDictionary(m => m.Nation!.Value);

        var past = Meeting.Schedule(rareDiseases.Id, delivery.Id, next.Index, $"Delivery Group meeting {next.Index}",
            delivery.StartOfOccurrence(next.Index - 1), delivery.DefaultLength, delivery.Venue, delivery.OnlineLink);
        past.AssignRotatingCoChair(rotating[RotationOrder[(next.Index - 1) % RotationOrder.Length]].Id);
        AddStandingOpening(past, "Helen Marsh");
        past.AddAgendaItem("England action plan 2026: progress report", AgendaPurpose.ForDiscussion, "Oliver Bennett", 20,
            "Progress against the four priorities; milestones at risk.");
        past.AddAgendaItem("Coordinated care pilots: proposal to extend to all four nations", AgendaPurpose.ForDecision, "Fiona MacLeod", 25,
            "Paper DG-2026-14. The group is asked to agree the extension and its evaluation measures.");
        past.AddAgendaItem("Commercial framework for rare disease medicines", AgendaPurpose.ForDiscussion, "Marcus Lee", 15,
            "Commercially sensitive: reserved business.", isReserved: true);
        past.AddAgendaItem("Patient experience survey: headline results", AgendaPurpose.ForInformation, "Aisha Rahman", 15);
        AddStandingClosing(past);
        past.ApproveAgenda(rareDiseases, helen.PersonId, past.StartsAt.AddDays(-7));
        past.Start(past.StartsAt);
        DemoMinutes.RecordAttendance(past, rareDiseases, people, past.RotatingCoChairId!.Value);
        // The demo's last meeting took every item on its agenda, in order.
        foreach (var (item, startsAt) in past.ItemStartTimes())
        {
            past.SetCurrentItem(item.Id, startsAt);
        }
        past.Close(past.EndsAt, NotReachedChoice.RecordAsDeferred);

        var upcoming = Meeting.Schedule(rareDiseases.Id, delivery.Id, next.Index + 1, $"Delivery Group meeting {next.Index + 1}",
            next.StartsAt, delivery.DefaultLength, delivery.Venue, delivery.OnlineLink);
        upcoming.AssignRotatingCoChair(rotating[RotationOrder[next.Index % RotationOrder.Length]].Id);
        AddStandingOpening(upcoming, "Helen Marsh");
        upcoming.AddAgendaItem("Wales action plan: mid-year review", AgendaPurpose.ForDiscussion, "Rhys Evans", 20,
            "Review of progress and risks in the Wales action plan.");
        upcoming.AddAgendaItem("Data and digital: shared rare disease registry specification", AgendaPurpose.ForDecision, "Daniel Price", 25,
            "Paper DG-2026-19 asks the group to approve the registry's minimum data set.");
        upcoming.AddAgendaItem("Procurement of genomic testing services", AgendaPurpose.ForDiscussion, "Oliver Bennett", 15,
            "Commercially sensitive: reserved business.", isReserved: true);
        upcoming.AddAgendaItem("Awareness and education: clinician training update", AgendaPurpose.ForInformation, "Sarah Bell", 10);
        AddStandingClosing(upcoming);

        var panel = Meeting.Schedule(screening.Id, null, 1, "Panel meeting 1", next.StartsAt.AddDays(9), TimeSpan.FromMinutes(90),
            "Online", "https://meet.example/nsap");
        panel.AddAgendaItem("Evidence review: conditions proposed for screening", AgendaPurpose.ForDiscussion, "Laura Finch", 45);

        db.Meetings.AddRange(past, upcoming, panel);
        DemoMinutes.AddDecisionsAndActions(db, rareDiseases, past, people);
        DemoMinutes.WriteMinutesText(db, past, people["priya.raman@rdfb.example"].Id);
        await db.SaveChangesAsync(cancellationToken);

        await CreateAccountsAsync(people.Values);
        var pastRotating = rareDiseases.Members.First(m => m.Id == past.RotatingCoChairId).PersonId;
        await DemoMinutes.PublishAsync(dbFactory, clock, past.Id, people["priya.raman@rdfb.example"].Id, helen.PersonId, pastRotating, cancellationToken);
    }

    private static void AddStandingOpening(Meeting meeting, string chair)
    {
        meeting.AddAgendaItem("Welcome, introductions and apologies", AgendaPurpose.ForInformation, chair, 5, isStanding: true);
        meeting.AddAgendaItem("Declarations of interest", AgendaPurpose.ForInformation, chair, 5, isStanding: true);
        meeting.AddAgendaItem("Minutes of the last meeting and matters arising", AgendaPurpose.ForDecision, chair, 10, isStanding: true);
        meeting.AddAgendaItem("Action log review", AgendaPurpose.ForDiscussion, "Secretariat", 10, isStanding: true);
    }

    private static void AddStandingClosing(Meeting meeting) =>
        meeting.AddAgendaItem("Any other business", AgendaPurpose.ForDiscussion, "Co-chairs", 10, isStanding: true);

    private async Task CreateAccountsAsync(IEnumerable<Person> people)
    {
        // One hash for every demo account: hashing is deliberately slow, and they share the demo password.
        var hash = users.PasswordHasher.HashPassword(new ApplicationUser(), options.Value.DemoPassword);
        foreach (var person in people)
        {
            var user = new ApplicationUser
            {
                UserName = person.Email,
                Email = person.Email,
                EmailConfirmed = true,
                PersonId = person.Id,
                PasswordHash = hash,
            };
            var result = await users.CreateAsync(user);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {person.Email}: " + string.Join("; ", result.Errors.Select(e => e.Description)));
            }
        }
    }
}
