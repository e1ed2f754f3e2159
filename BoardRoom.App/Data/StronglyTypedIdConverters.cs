using BoardRoom.Core.Actions;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Decisions;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BoardRoom.App.Data;

/// <summary>Maps the domain's id structs to their Guid column.</summary>
public static class StronglyTypedIdConverters
{
    public sealed class BoardIdConverter() : ValueConverter<BoardId, Guid>(id => id.Value, v => new BoardId(v));

    public sealed class MembershipIdConverter() : ValueConverter<MembershipId, Guid>(id => id.Value, v => new MembershipId(v));

    public sealed class MembershipInvitationIdConverter() : ValueConverter<MembershipInvitationId, Guid>(id => id.Value, v => new MembershipInvitationId(v));

    public sealed class PersonIdConverter() : ValueConverter<PersonId, Guid>(id => id.Value, v => new PersonId(v));

    public sealed class MeetingIdConverter() : ValueConverter<MeetingId, Guid>(id => id.Value, v => new MeetingId(v));

    public sealed class MeetingSeriesIdConverter() : ValueConverter<MeetingSeriesId, Guid>(id => id.Value, v => new MeetingSeriesId(v));

    public sealed class AgendaItemIdConverter() : ValueConverter<AgendaItemId, Guid>(id => id.Value, v => new AgendaItemId(v));

    public sealed class AttendanceEntryIdConverter() : ValueConverter<AttendanceEntryId, Guid>(id => id.Value, v => new AttendanceEntryId(v));

    public sealed class DeclarationIdConverter() : ValueConverter<DeclarationId, Guid>(id => id.Value, v => new DeclarationId(v));

    public sealed class DecisionIdConverter() : ValueConverter<DecisionId, Guid>(id => id.Value, v => new DecisionId(v));

    public sealed class ActionItemIdConverter() : ValueConverter<ActionItemId, Guid>(id => id.Value, v => new ActionItemId(v));
}
