using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;

namespace BoardRoom.Core.Minutes;

/// <summary>
/// The minutes of one agenda item: a Markdown document edited by many members at once. Its id is its agenda item's id
/// (one section per item). The text lives in the operation log; this entity holds what decides who may edit it.
/// </summary>
public sealed class MinutesSection
{
    private MinutesSection()
    {
        LockReason = string.Empty;
    }

    public AgendaItemId Id { get; private set; }

    public MeetingId MeetingId { get; private set; }

    public BoardId BoardId { get; private set; }

    /// <summary>
    /// The item's classification when the section was created. Not kept in step and not to be used for access: who may
    /// read a section is decided from its agenda item's own flag at every check. It stays only because dropping the
    /// column needs a migration.
    /// </summary>
    public bool IsReserved { get; private set; }

    public DateTimeOffset? LockedAt { get; private set; }

    public string LockReason { get; private set; }

    public bool IsLocked => LockedAt is not null;

    public static MinutesSection For(Meeting meeting, AgendaItem item)
    {
        if (item.MeetingId != meeting.Id)
        {
            throw new DomainRuleException("That agenda item belongs to another meeting.");
        }
        return new MinutesSection { Id = item.Id, MeetingId = meeting.Id, BoardId = meeting.BoardId, IsReserved = item.IsReserved };
    }

    /// <summary>Makes the section read-only to everyone, e.g. when the minutes are approved.</summary>
    public void Lock(string reason, DateTimeOffset at)
    {
        LockReason = Require.Text(reason, "The reason for locking", 200);
        LockedAt = at;
    }

    public void Unlock()
    {
        LockedAt = null;
        LockReason = string.Empty;
    }

    /// <summary>Keeps the reserved flag in step with the agenda item.</summary>
    public void MatchReserved(bool isReserved) => IsReserved = isReserved;
}
