using System.Globalization;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.People;
using BoardRoom.Core.Rotation;

namespace BoardRoom.Core.Meetings;

/// <summary>A meeting of a board, its agenda and who co-chairs it.</summary>
public sealed class Meeting : IBelongsToMeeting
{
    private readonly List<AgendaItem> _items = [];
    private readonly List<AttendanceEntry> _attendance = [];
    private readonly List<Declaration> _declarations = [];
    private readonly List<AgendaApproval> _approvals = [];

    private Meeting()
    {
        Title = string.Empty;
        Venue = string.Empty;
        OnlineLink = string.Empty;
    }

    public MeetingId Id { get; private set; }

    MeetingId IBelongsToMeeting.MeetingId => Id;

    public BoardId BoardId { get; private set; }

    public MeetingSeriesId? SeriesId { get; private set; }

    /// <summary>The meeting's number in its series (1 for the first), shown as "Meeting 7".</summary>
    public int Number { get; private set; }

    public string Title { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public TimeSpan Length { get; private set; }

    public DateTimeOffset EndsAt => StartsAt + Length;

    public string Venue { get; private set; }

    public string OnlineLink { get; private set; }

    public MeetingStatus Status { get; private set; }

    /// <summary>This meeting's rotating co-chair, who sits with the permanent co-chair.</summary>
    public MembershipId? RotatingCoChairId { get; private set; }

    public AgendaStatus AgendaStatus { get; private set; }

    /// <summary>The co-chairs who have approved the agenda as it now stands, in the order they approved.</summary>
    public IReadOnlyList<AgendaApproval> AgendaApprovals => _approvals;

    public IReadOnlyList<AgendaItem> AgendaItems => _items.OrderBy(i => i.Position).ToList();

    /// <summary>The item under discussion while the meeting runs.</summary>
    public AgendaItemId? CurrentItemId { get; private set; }

    public DateTimeOffset? CurrentItemStartedAt { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>
    /// When the meeting was held: its actual start once started (a meeting started on another day than planned was
    /// held that day), otherwise the scheduled time. The minutes and the forum date the meeting by this.
    /// </summary>
    public DateTimeOffset HeldAt => StartedAt ?? StartsAt;

    /// <summary>
    /// The year its decisions and actions are numbered in (D-2026-07): the year it was held, so that a meeting planned
    /// for early January but held in late December numbers them in December's year.
    /// </summary>
    public int RegisterYear => LondonTime.ToLocal(HeldAt).Year;

    /// <summary>When the meeting ended: its close once closed, otherwise its planned length after <see cref="HeldAt"/>.</summary>
    public DateTimeOffset HeldUntil => ClosedAt ?? HeldAt + Length;

    public IReadOnlyList<AttendanceEntry> Attendance => _attendance;

    public IReadOnlyList<Declaration> Declarations => _declarations;

    public int MinutesPlanned => _items.Sum(i => i.MinutesAllotted);

    public bool IsOverPlanned => MinutesPlanned > Length.TotalMinutes;

    public static Meeting Schedule(BoardId boardId, MeetingSeriesId? seriesId, int number, string title, DateTimeOffset startsAt, TimeSpan length, string venue, string onlineLink)
    {
        return new Meeting
        {
            Id = MeetingId.New(),
            BoardId = boardId,
            SeriesId = seriesId,
            Number = Require.Positive(number, "Meeting number"),
            Title = Require.Text(title, "Meeting title", 200),
            StartsAt = startsAt.ToUniversalTime(),
            Length = Require.PositiveDuration(length, "The meeting's length"),
            Venue = Require.OptionalText(venue, "Venue", 300),
            OnlineLink = Require.OptionalText(onlineLink, "Online link", 500),
            Status = MeetingStatus.Scheduled,
            AgendaStatus = AgendaStatus.Draft,
        };
    }

    public void AssignRotatingCoChair(MembershipId? membershipId) => RotatingCoChairId = membershipId;

    /// <summary>
    /// Adds an item. A standing item goes at the end; any other item goes before the standing items that close the
    /// agenda (any other business stays last), see <see cref="ClosingItemCount"/>.
    /// </summary>
    public AgendaItem AddAgendaItem(string title, AgendaPurpose purpose, string presenter, int minutesAllotted, string description = "", bool isReserved = false,
        bool isStanding = false, IReadOnlyList<StandingItem>? template = null)
    {
        EnsureAgendaEditable();
        var item = new AgendaItem(Id, _items.Count + 1, title, purpose, presenter, minutesAllotted, description, isReserved, isStanding);
        Insert(item, isStanding ? 0 : ClosingItemCount(template));
        return item;
    }

    /// <summary>
    /// How many items at the end of the agenda close it: the standing items after the last item of business. On an
    /// agenda of standing items only, those are the ones the series' template (by default <see cref="StandingAgenda.Default"/>)
    /// puts at the end, matched by title, since nothing else tells an opening standing item from a closing one.
    /// </summary>
    public int ClosingItemCount(IReadOnlyList<StandingItem>? template = null)
    {
        var ordered = AgendaItems;
        var trailing = ordered.Reverse().TakeWhile(i => i.IsStanding).ToList();
        if (trailing.Count < ordered.Count)
        {
            return trailing.Count;
        }
        var closers = (template ?? StandingAgenda.Default).Where(t => t.AtEnd).Select(t => t.Title.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return trailing.TakeWhile(i => closers.Contains(i.Title)).Count();
    }

    /// <summary>Puts a new item in before the last <paramref name="fromEnd"/> items and renumbers.</summary>
    private void Insert(AgendaItem item, int fromEnd)
    {
        var ordered = _items.OrderBy(i => i.Position).ToList();
        ordered.Insert(ordered.Count - fromEnd, item);
        _items.Add(item);
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Position = i + 1;
        }
    }

    /// <summary>
    /// Puts an item of an earlier meeting on this agenda, as it stood (title, purpose, presenter, time, description,
    /// reserved), after the items of business and before the closing standing items. An item is carried once to a
    /// given agenda.
    /// </summary>
    public AgendaItem CarryForward(Meeting from, AgendaItemId itemId, IReadOnlyList<StandingItem>? template = null)
    {
        ArgumentNullException.ThrowIfNull(from);
        EnsureAgendaEditable();
        if (from.Id == Id || from.StartsAt >= StartsAt)
        {
            throw new DomainRuleException("An item can only be carried forward to a later meeting.");
        }
        var source = from.Item(itemId);
        if (_items.Any(i => i.CarriedFromId == source.Id))
        {
            throw new DomainRuleException($"'{source.Title}' is already on the agenda of meeting {Number}.");
        }
        var item = AgendaItem.CarriedForward(Id, _items.Count + 1, source);
        Insert(item, ClosingItemCount(template));
        return item;
    }

    public void ReviseAgendaItem(AgendaItemId itemId, string title, AgendaPurpose purpose, string presenter, int minutesAllotted, string description, bool isReserved)
    {
        EnsureAgendaEditable();
        Item(itemId).Revise(title, purpose, presenter, minutesAllotted, description, isReserved);
    }

    /// <summary>Moves an item to a new 1-based position; the others close up around it.</summary>
    public void MoveAgendaItem(AgendaItemId itemId, int newPosition)
    {
        EnsureAgendaEditable();
        if (newPosition < 1 || newPosition > _items.Count)
        {
            throw new DomainRuleException($"Position must be between 1 and {_items.Count}.");
        }
        var ordered = _items.OrderBy(i => i.Position).ToList();
        var item = Item(itemId);
        ordered.Remove(item);
        ordered.Insert(newPosition - 1, item);
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Position = i + 1;
        }
    }

    public void RemoveAgendaItem(AgendaItemId itemId)
    {
        EnsureAgendaEditable();
        var item = Item(itemId);
        _items.Remove(item);
        var position = 1;
        foreach (var i in _items.OrderBy(i => i.Position))
        {
            i.Position = position++;
        }
    }

    /// <summary>Planned start of each item, in agenda order, from the meeting's start.</summary>
    public IReadOnlyList<(AgendaItem Item, DateTimeOffset StartsAt)> ItemStartTimes()
    {
        var at = StartsAt;
        var result = new List<(AgendaItem, DateTimeOffset)>();
        foreach (var item in AgendaItems)
        {
            result.Add((item, at));
            at = at.AddMinutes(item.MinutesAllotted);
        }
        return result;
    }

    /// <summary>
    /// A co-chair of this meeting approves its agenda, recorded with the time. The agenda counts as approved at once,
    /// or, where the board's rule needs both co-chairs, once both have approved.
    /// </summary>
    public void ApproveAgenda(Board board, PersonId by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(board);
        if (board.Id != BoardId)
        {
            throw new DomainRuleException("That meeting is not one of this board's meetings.");
        }
        EnsureApprovable();
        var coChairs = board.CoChairsOf(this);
        if (coChairs.All(c => c.PersonId != by))
        {
            throw new DomainRuleException("Only this meeting's co-chairs approve its agenda.");
        }
        if (_approvals.Any(a => a.PersonId == by))
        {
            throw new DomainRuleException("You have already approved this agenda; it waits for the other co-chair's approval.");
        }
        _approvals.Add(new AgendaApproval(by, at));
        var everyCoChair = coChairs.All(c => _approvals.Any(a => a.PersonId == c.PersonId));
        if (!board.AgendaNeedsBothCoChairs || everyCoChair)
        {
            AgendaStatus = AgendaStatus.Approved;
        }
    }

    /// <summary>Approves with no co-chair on record: only for tests that need an approved agenda as their starting point.</summary>
    internal void ApproveAgenda()
    {
        EnsureApprovable();
        AgendaStatus = AgendaStatus.Approved;
    }

    private void EnsureApprovable()
    {
        if (Status == MeetingStatus.Cancelled)
        {
            throw new DomainRuleException("A cancelled meeting's agenda cannot be approved.");
        }
        if (_items.Count == 0)
        {
            throw new DomainRuleException("An empty agenda cannot be approved.");
        }
        if (AgendaStatus == AgendaStatus.Approved)
        {
            throw new DomainRuleException("The agenda is already approved.");
        }
    }

    /// <summary>
    /// Back to draft for editing: the approvals given were for the agenda as it stood, so they lapse. A closed or
    /// cancelled meeting's agenda is the record of what it was to discuss and stays as it is.
    /// </summary>
    public void ReopenAgenda()
    {
        if (Status is MeetingStatus.Closed or MeetingStatus.Cancelled)
        {
            throw new DomainRuleException($"The agenda of a {Status.ToString().ToLowerInvariant()} meeting cannot be reopened.");
        }
        AgendaStatus = AgendaStatus.Draft;
        _approvals.Clear();
    }

    /// <summary>
    /// Moves a meeting still to come to a new start and length, at <paramref name="now"/>: never into the past, and
    /// never a meeting that has started or been held (by the rotation's reckoning, one due to have started counts),
    /// whose time is history.
    /// </summary>
    public void MoveTo(DateTimeOffset startsAt, TimeSpan length, DateTimeOffset now)
    {
        if (startsAt <= now)
        {
            throw new DomainRuleException("A meeting cannot be moved into the past.");
        }
        if (RotationMeeting.From(this).IsFixedAt(now))
        {
            throw new DomainRuleException($"{Title} has started or been held; it cannot be moved.");
        }
        Reschedule(startsAt, length);
    }

    public void Reschedule(DateTimeOffset startsAt, TimeSpan length)
    {
        if (Status is MeetingStatus.Closed or MeetingStatus.Cancelled)
        {
            throw new DomainRuleException($"A {Status.ToString().ToLowerInvariant()} meeting cannot be moved.");
        }
        Length = Require.PositiveDuration(length, "The meeting's length");
        StartsAt = startsAt.ToUniversalTime();
    }

    /// <summary>Where the meeting is held, in the room and online; only while it is still to come.</summary>
    public void ChangePlace(string venue, string onlineLink)
    {
        if (Status != MeetingStatus.Scheduled)
        {
            throw new DomainRuleException($"The place of a {Status.ToString().ToLowerInvariant()} meeting cannot be changed.");
        }
        var checkedVenue = Require.OptionalText(venue, "Venue", 300);
        var link = Require.OptionalText(onlineLink, "Online link", 500);
        (Venue, OnlineLink) = (checkedVenue, link);
    }

    public void Cancel()
    {
        if (Status is MeetingStatus.InProgress or MeetingStatus.Closed)
        {
            throw new DomainRuleException("A meeting that has started cannot be cancelled.");
        }
        Status = MeetingStatus.Cancelled;
    }

    /// <summary>How far from its scheduled time a meeting may start before the person starting it must confirm.</summary>
    public static readonly TimeSpan StartTolerance = TimeSpan.FromDays(1);

    /// <summary>
    /// Why starting at <paramref name="at"/> needs confirming, or null when it does not: a meeting started more than a
    /// day before or after its scheduled time is recorded as held on the day it was started, not the day planned, and
    /// a click on the wrong meeting's page should not silently rewrite the record.
    /// </summary>
    public string? StartNeedsConfirmation(DateTimeOffset at, string timeZoneId = MeetingSeries.DefaultTimeZone)
    {
        if ((at - StartsAt).Duration() <= StartTolerance)
        {
            return null;
        }
        return $"This meeting is scheduled for {MeetingTimeText.DayAndTime(StartsAt, timeZoneId)}; starting it now records it as held today.";
    }

    /// <summary>
    /// Opens the meeting: the clock starts on the first item. Starting far from the scheduled time (see
    /// <see cref="StartNeedsConfirmation"/>) is refused unless the caller says the person confirmed it.
    /// </summary>
    public void Start(DateTimeOffset at, bool confirmedOffSchedule = false)
    {
        if (Status != MeetingStatus.Scheduled)
        {
            throw new DomainRuleException($"Only a scheduled meeting can be started (this one is {Status.ToString().ToLowerInvariant()}).");
        }
        var items = AgendaItems;
        var first = (items.Count > 0 ? items[0] : null) ?? throw new DomainRuleException("A meeting with no agenda cannot be started.");
        if (!confirmedOffSchedule && StartNeedsConfirmation(at) is { } warning)
        {
            throw new DomainRuleException(warning + " Confirm to start it anyway.");
        }
        Status = MeetingStatus.InProgress;
        StartedAt = at;
        CurrentItemId = first.Id;
        CurrentItemStartedAt = at;
        first.MarkTaken();
    }

    /// <summary>The items the running meeting has not reached so far (never the current item), in agenda order.</summary>
    public IReadOnlyList<AgendaItem> ItemsNotReachedYet => AgendaItems.Where(i => i.Outcome == AgendaItemOutcome.Pending).ToList();

    /// <summary>
    /// Closes the meeting. Items it did not reach are never minuted as taken: items of business go to
    /// <paramref name="nextMeeting"/>'s agenda (before its closing standing items) or are recorded as deferred, as the
    /// co-chair chose; standing items not reached are only marked so, since every agenda of the series has them. An item
    /// already carried to that agenda by hand is not carried twice. Refused, changing nothing, when items are to be
    /// carried and there is no later meeting or its agenda is closed to changes.
    /// </summary>
    public void Close(DateTimeOffset at, NotReachedChoice notReached, Meeting? nextMeeting = null, IReadOnlyList<StandingItem>? nextTemplate = null)
    {
        if (Status != MeetingStatus.InProgress)
        {
            throw new DomainRuleException("Only a meeting in progress can be closed.");
        }
        var pending = ItemsNotReachedYet;
        var toCarry = notReached == NotReachedChoice.CarryToNextMeeting
            ? pending.Where(i => !i.IsStanding && (nextMeeting is null || nextMeeting._items.All(n => n.CarriedFromId != i.Id))).ToList()
            : [];
        if (toCarry.Count > 0)
        {
            if (nextMeeting is null)
            {
                throw new DomainRuleException("There is no later meeting of this series to carry the items not reached to: generate the next meetings first, or record them as deferred.");
            }
            if (nextMeeting.Id == Id || nextMeeting.StartsAt <= StartsAt)
            {
                throw new DomainRuleException("Items not reached can only be carried to a later meeting.");
            }
            nextMeeting.EnsureAgendaEditable();
        }
        foreach (var item in toCarry)
        {
            nextMeeting!.CarryForward(this, item.Id, nextTemplate);
        }
        foreach (var item in pending)
        {
            var carried = notReached == NotReachedChoice.CarryToNextMeeting || (nextMeeting?._items.Any(n => n.CarriedFromId == item.Id) ?? false);
            item.MarkNotReached(item.IsStanding ? AgendaItemOutcome.NotReached : carried ? AgendaItemOutcome.CarriedForward : AgendaItemOutcome.Deferred);
        }
        Status = MeetingStatus.Closed;
        ClosedAt = at;
        CurrentItemId = null;
        CurrentItemStartedAt = null;
    }

    public void SetCurrentItem(AgendaItemId itemId, DateTimeOffset at)
    {
        EnsureRunning();
        var item = Item(itemId);
        if (CurrentItemId != item.Id)
        {
            CurrentItemId = item.Id;
            CurrentItemStartedAt = at;
        }
        item.MarkTaken();
    }

    /// <summary>Moves to the item after the current one.</summary>
    public void NextItem(DateTimeOffset at)
    {
        EnsureRunning();
        var ordered = AgendaItems;
        var index = ordered.ToList().FindIndex(i => i.Id == CurrentItemId);
        if (index >= ordered.Count - 1)
        {
            throw new DomainRuleException("This is the last item; close the meeting instead.");
        }
        SetCurrentItem(ordered[index + 1].Id, at);
    }

    /// <summary>Time spent on the current item so far.</summary>
    public TimeSpan TimeOnCurrentItem(DateTimeOffset now) =>
        CurrentItemStartedAt is { } started && now > started ? now - started : TimeSpan.Zero;

    public bool IsCurrentItemOverrun(DateTimeOffset now) =>
        CurrentItemId is { } id && TimeOnCurrentItem(now) > TimeSpan.FromMinutes(Item(id).MinutesAllotted);

    /// <summary>Records a member as present (arriving at <paramref name="at"/>), sending apologies, or absent.</summary>
    public AttendanceEntry RecordAttendance(PersonId personId, AttendanceStatus status, DateTimeOffset at)
    {
        if (status == AttendanceStatus.InAttendance)
        {
            throw new DomainRuleException("Members are present, send apologies or are absent; guests are \"in attendance\".");
        }
        EnsureNotFinished();
        var entry = _attendance.FirstOrDefault(a => a.PersonId == personId);
        if (entry is null)
        {
            entry = new AttendanceEntry(Id, personId, string.Empty, string.Empty, status);
            _attendance.Add(entry);
        }
        entry.Mark(status, status == AttendanceStatus.Present ? at : null);
        return entry;
    }

    public AttendanceEntry AddGuest(string name, string organisation, DateTimeOffset at)
    {
        EnsureNotFinished();
        var entry = new AttendanceEntry(Id, null, Require.Text(name, "Guest's name", 120), Require.OptionalText(organisation, "Organisation", 200), AttendanceStatus.InAttendance);
        entry.Mark(AttendanceStatus.InAttendance, at);
        _attendance.Add(entry);
        return entry;
    }

    /// <summary>Records an early departure.</summary>
    public void RecordDeparture(AttendanceEntryId entryId, DateTimeOffset at)
    {
        EnsureNotFinished();
        var entry = _attendance.FirstOrDefault(a => a.Id == entryId) ?? throw new DomainRuleException("No such attendance entry.");
        entry.Leave(at);
    }

    public Declaration DeclareInterest(AgendaItemId itemId, PersonId personId, string interest, bool withdraws, DateTimeOffset at)
    {
        EnsureNotFinished();
        var item = Item(itemId);
        var text = Require.Text(interest, "The interest declared", 500);
        if (_declarations.Any(d => d.AgendaItemId == item.Id && d.PersonId == personId))
        {
            throw new DomainRuleException("That member has already declared an interest in this item.");
        }
        var declaration = new Declaration(Id, item.Id, personId, text, withdraws, at);
        _declarations.Add(declaration);
        return declaration;
    }

    private void EnsureRunning()
    {
        if (Status != MeetingStatus.InProgress)
        {
            throw new DomainRuleException("The meeting is not in progress.");
        }
    }

    private void EnsureNotFinished()
    {
        if (Status is MeetingStatus.Closed or MeetingStatus.Cancelled)
        {
            throw new DomainRuleException($"The meeting is {Status.ToString().ToLowerInvariant()}; its record can no longer change here.");
        }
    }

    private void EnsureAgendaEditable()
    {
        if (AgendaStatus == AgendaStatus.Approved)
        {
            throw new DomainRuleException("The agenda is approved; reopen it before changing it.");
        }
        if (Status is MeetingStatus.Closed or MeetingStatus.Cancelled)
        {
            throw new DomainRuleException($"The agenda of a {Status.ToString().ToLowerInvariant()} meeting cannot change.");
        }
        // A co-chair who approved a draft awaiting the other approved that draft, not the one about to be changed.
        _approvals.Clear();
    }

    private AgendaItem Item(AgendaItemId id) =>
        _items.FirstOrDefault(i => i.Id == id) ?? throw new DomainRuleException("No such item on this agenda.");

    /// <summary>
    /// Adds the template's standing items that the agenda does not have yet (matched by title): opening items at the
    /// top in template order, closing items at the bottom. Returns how many were added; adding twice adds nothing.
    /// </summary>
    public int AddStandingItems(IReadOnlyList<StandingItem> template)
    {
        EnsureAgendaEditable();
        var missing = template
            .Where(t => !_items.Any(i => string.Equals(i.Title, t.Title.Trim(), StringComparison.OrdinalIgnoreCase)))
            .ToList();
        if (missing.Count == 0)
        {
            return 0;
        }
        var ordered = _items.OrderBy(i => i.Position).ToList();
        var openers = missing.Where(t => !t.AtEnd)
            .Select(t => new AgendaItem(Id, 0, t.Title, t.Purpose, t.Presenter, t.MinutesAllotted, string.Empty, false, true)).ToList();
        var closers = missing.Where(t => t.AtEnd)
            .Select(t => new AgendaItem(Id, 0, t.Title, t.Purpose, t.Presenter, t.MinutesAllotted, string.Empty, false, true)).ToList();
        // Existing opening standing items stay first; new openers go right after them.
        var leading = ordered.TakeWhile(i => i.IsStanding).Count();
        ordered.InsertRange(leading, openers);
        ordered.AddRange(closers);
        _items.AddRange(openers);
        _items.AddRange(closers);
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Position = i + 1;
        }
        return missing.Count;
    }
}
