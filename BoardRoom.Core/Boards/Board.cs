using System.Text.RegularExpressions;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;

namespace BoardRoom.Core.Boards;

/// <summary>A board and its memberships. One permanent co-chair; rotating co-chairs are co-chairs with a nation.</summary>
public sealed partial class Board
{
    private readonly List<Membership> _members = [];

    private Board()
    {
        Name = string.Empty;
        Slug = string.Empty;
        Description = string.Empty;
    }

    public BoardId Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>The board's address in URLs, e.g. "uk-rare-diseases".</summary>
    public string Slug { get; private set; }

    public string Description { get; private set; }

    public IReadOnlyList<Membership> Members => _members;

    public QuorumRule QuorumRule { get; private set; } = QuorumRule.Default;

    /// <summary>The order in which the nations' senior officials take their turn as rotating co-chair.</summary>
    public IReadOnlyList<Nation> RotationOrder { get; private set; } = Enum.GetValues<Nation>();

    /// <summary>Whether the public minutes say where reserved business was taken ("Reserved business: 1 item").</summary>
    public bool ShowReservedBusinessLine { get; private set; } = true;

    /// <summary>Whether the people who run the board and sign its minutes (co-chairs, secretariat) must sign in with a second factor.</summary>
    public bool RequiresTwoFactorForOfficers { get; private set; }

    /// <summary>
    /// Whether a decision taken while the meeting is not quorate may still be recorded, marked "taken inquorate, to be
    /// ratified" for a later quorate meeting; when false (the default) such a decision is refused.
    /// </summary>
    public bool AllowsInquorateDecisions { get; private set; }

    /// <summary>
    /// Whether a meeting's agenda counts as approved only once both its co-chairs (the permanent and the rotating) have
    /// approved it; when false (the default) one co-chair's approval suffices.
    /// </summary>
    public bool AgendaNeedsBothCoChairs { get; private set; }

    public const int DefaultActionReminderDays = 7;

    /// <summary>Six weeks, a whole cycle of the board's six-weekly meetings.</summary>
    public const int MaxActionReminderDays = 42;

    /// <summary>How many days before the next meeting of a series each owner of an open action is asked for an update.</summary>
    public int ActionReminderDays { get; private set; } = DefaultActionReminderDays;

    public static Board Create(string name, string slug, string description)
    {
        var board = new Board { Id = BoardId.New() };
        board.Rename(name, description);
        board.Slug = ValidSlug(slug);
        return board;
    }

    public void Rename(string name, string description)
    {
        Name = Require.Text(name, "Board name", 150);
        Description = Require.OptionalText(description, "Description", 2000);
    }

    public Membership AddMember(PersonId personId, BoardRole role, Nation? nation, string title, string organisation, DateOnly joinedOn)
    {
        if (_members.Any(m => m.PersonId == personId && m.IsActive))
        {
            throw new DomainRuleException("That person is already a member of this board.");
        }
        var membership = new Membership(Id, personId, role, nation, title, organisation, joinedOn);
        _members.Add(membership);
        return membership;
    }

    /// <summary>Makes a co-chair the board's one permanent co-chair, replacing any previous one.</summary>
    public void AppointPermanentCoChair(MembershipId membershipId)
    {
        var membership = ActiveMember(membershipId);
        if (membership.Role != BoardRole.CoChair)
        {
            throw new DomainRuleException("Only a co-chair can be the permanent co-chair.");
        }
        foreach (var m in _members)
        {
            m.SetPermanentCoChair(m.Id == membershipId);
        }
    }

    public void ChangeRole(MembershipId membershipId, BoardRole role, Nation? nation) =>
        ActiveMember(membershipId).ChangeRole(role, nation);

    public void RemoveMember(MembershipId membershipId, DateOnly on) => ActiveMember(membershipId).Leave(on);

    /// <summary>
    /// Sets the quorum without weighing it against the members: for a board being set up, before its members are added.
    /// A change by the board's secretariat goes through <see cref="ChangeQuorumRule"/>.
    /// </summary>
    public void SetQuorumRule(QuorumRule rule) => QuorumRule = rule ?? throw new ArgumentNullException(nameof(rule));

    /// <summary>The members who count towards a quorum: the active co-chairs and members (not observers or the secretariat).</summary>
    public int VotingMemberCount => _members.Count(m => m.IsActive && m.Role is BoardRole.CoChair or BoardRole.Member);

    /// <summary>Changes the quorum of a board in being: a quorum the board's voting members could never reach is refused.</summary>
    /// <exception cref="DomainRuleException">More than <see cref="VotingMemberCount"/> members.</exception>
    public void ChangeQuorumRule(QuorumRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.MinimumMembers > VotingMemberCount)
        {
            throw new DomainRuleException("The quorum cannot be more than the board's voting members (co-chairs and members).");
        }
        SetQuorumRule(rule);
    }

    public void SetReservedBusinessLine(bool show) => ShowReservedBusinessLine = show;

    public void SetTwoFactorRule(bool requiredForOfficers) => RequiresTwoFactorForOfficers = requiredForOfficers;

    public void SetInquorateDecisionRule(bool allowed) => AllowsInquorateDecisions = allowed;

    /// <exception cref="DomainRuleException">Fewer than 1 or more than <see cref="MaxActionReminderDays"/> days.</exception>
    public void SetActionReminderDays(int days) => ActionReminderDays = days is >= 1 and <= MaxActionReminderDays
        ? days
        : throw new DomainRuleException($"Action owners are reminded from 1 to {MaxActionReminderDays} days before a meeting (got {days}).");

    public void SetAgendaApprovalRule(bool bothCoChairs) => AgendaNeedsBothCoChairs = bothCoChairs;

    /// <summary>The roles a two-factor rule applies to: those who run meetings, sign minutes and administer the board.</summary>
    public static bool IsOfficer(BoardRole role) => role is BoardRole.CoChair or BoardRole.Secretariat;

    /// <summary>Sets the rotation order: every nation exactly once.</summary>
    public void SetRotationOrder(IEnumerable<Nation> order)
    {
        var list = order?.ToList() ?? throw new ArgumentNullException(nameof(order));
        if (list.Count != Enum.GetValues<Nation>().Length || list.Distinct().Count() != list.Count)
        {
            throw new DomainRuleException("The rotation order must name each of the four nations exactly once.");
        }
        RotationOrder = list;
    }

    /// <summary>The co-chairs of a meeting: the permanent co-chair and the meeting's rotating co-chair.</summary>
    public IReadOnlyList<Membership> CoChairsOf(Meeting meeting) =>
        _members.Where(m => m.IsActive && m.Role == BoardRole.CoChair && (m.IsPermanentCoChair || m.Id == meeting.RotatingCoChairId)).ToList();

    /// <summary>Only the meeting's co-chairs and the secretariat may drive it (start, move items, record attendance).</summary>
    public bool MayRun(PersonId personId, Meeting meeting) =>
        meeting.BoardId == Id
        && ActiveMembershipOf(personId) is { } m
        && (m.Role == BoardRole.Secretariat || CoChairsOf(meeting).Any(c => c.Id == m.Id));

    public Membership? PermanentCoChair => _members.SingleOrDefault(m => m.IsPermanentCoChair && m.IsActive);

    /// <summary>The rotating co-chairs: active co-chairs representing a nation, other than the permanent co-chair.</summary>
    public IEnumerable<Membership> RotatingCoChairs =>
        _members.Where(m => m.IsActive && m.Role == BoardRole.CoChair && !m.IsPermanentCoChair && m.Nation is not null);

    public Membership? ActiveMembershipOf(PersonId personId) =>
        _members.FirstOrDefault(m => m.PersonId == personId && m.IsActive);

    public bool Allows(PersonId personId, BoardCapability capability) =>
        ActiveMembershipOf(personId)?.Can(capability) ?? false;

    private Membership ActiveMember(MembershipId id) =>
        _members.FirstOrDefault(m => m.Id == id && m.IsActive)
        ?? throw new DomainRuleException("No such active member on this board.");

    private static string ValidSlug(string slug)
    {
        var s = Require.Text(slug, "Board address", 60).ToLowerInvariant();
        if (!SlugPattern().IsMatch(s))
        {
            throw new DomainRuleException("A board address may use only lower-case letters, digits and single hyphens.");
        }
        return s;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
