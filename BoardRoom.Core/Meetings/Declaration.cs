using BoardRoom.Core.Agendas;
using BoardRoom.Core.People;

namespace BoardRoom.Core.Meetings;

/// <summary>
/// A declaration of interest by a member on an agenda item. One who withdraws takes no part in that item and does not
/// count toward its quorum.
/// </summary>
public sealed class Declaration : IBelongsToMeeting
{
    private Declaration()
    {
        Interest = string.Empty;
    }

    internal Declaration(MeetingId meetingId, AgendaItemId itemId, PersonId personId, string interest, bool withdraws, DateTimeOffset at)
    {
        Id = DeclarationId.New();
        MeetingId = meetingId;
        AgendaItemId = itemId;
        PersonId = personId;
        Interest = interest;
        Withdraws = withdraws;
        DeclaredAt = at;
    }

    public DeclarationId Id { get; private set; }

    public MeetingId MeetingId { get; private set; }

    public AgendaItemId AgendaItemId { get; private set; }

    public PersonId PersonId { get; private set; }

    public string Interest { get; private set; }

    public bool Withdraws { get; private set; }

    public DateTimeOffset DeclaredAt { get; private set; }
}
