using System.Collections.Concurrent;
using BoardRoom.App.Features.Minutes.Protocol;
using BoardRoom.Core.Minutes.Ot;

namespace BoardRoom.App.Features.Minutes;

/// <summary>
/// Who is in which section on this server, with their last known selection; with Redis, mirrored to
/// <see cref="SharedPresence"/> so the other nodes see them too.
/// </summary>
public sealed class PresenceRegistry(SharedPresence? shared = null)
{
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<string, Participant>> _sections = new();

    public IReadOnlyList<Participant> In(Guid sectionId) =>
        _sections.TryGetValue(sectionId, out var people) ? people.Values.OrderBy(p => p.Name, StringComparer.Ordinal).ToList() : [];

    /// <summary>
    /// Everyone in the section, on this node and (with Redis) the others, for a joiner at <paramref name="revision"/>.
    /// Other nodes' selections are kept only when they are at that revision: this node cannot carry them forward.
    /// </summary>
    public async Task<IReadOnlyList<Participant>> EveryoneInAsync(Guid sectionId, long revision)
    {
        var here = In(sectionId);
        if (shared is null)
        {
            return here;
        }
        var elsewhere = (await shared.ElsewhereAsync(sectionId))
            .Where(p => here.All(h => h.ParticipantId != p.ParticipantId))
            .Select(p => p.Selection is { } s && s.Revision != revision ? p with { Selection = null } : p);
        return here.Concat(elsewhere).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
    }

    public void Enter(Guid sectionId, Participant participant)
    {
        _sections.GetOrAdd(sectionId, _ => new ConcurrentDictionary<string, Participant>())[participant.ParticipantId] = participant;
        shared?.Put(sectionId, participant);
    }

    public bool Leave(Guid sectionId, string participantId)
    {
        shared?.Remove(sectionId, participantId);
        return _sections.TryGetValue(sectionId, out var people) && people.TryRemove(participantId, out _);
    }

    public Participant? Find(Guid sectionId, string participantId) =>
        _sections.TryGetValue(sectionId, out var people) && people.TryGetValue(participantId, out var p) ? p : null;

    public void Move(Guid sectionId, string participantId, Selection selection)
    {
        if (_sections.TryGetValue(sectionId, out var people) && people.TryGetValue(participantId, out var p))
        {
            var moved = p with { Selection = selection };
            people[participantId] = moved;
            shared?.Put(sectionId, moved);
        }
    }

    /// <summary>Carries every stored selection over an operation sequenced at <paramref name="revision"/>.</summary>
    public void Transform(Guid sectionId, long revision, TextOperation operation, string authorParticipantId)
    {
        if (!_sections.TryGetValue(sectionId, out var people))
        {
            return;
        }
        foreach (var (id, p) in people)
        {
            if (p.Selection is { } s && s.Revision == revision - 1 && s.Anchor <= operation.BaseLength && s.Head <= operation.BaseLength)
            {
                var (anchor, head) = operation.TransformSelection(s.Anchor, s.Head, isOwnOperation: id == authorParticipantId);
                people[id] = p with { Selection = new Selection(revision, anchor, head) };
            }
        }
    }

    /// <summary>
    /// Member colours for presence chips (white initials on the colour) and carets (the colour on white): distinct, and
    /// each at least 4.5:1 against white, as WCAG AA asks of normal text.
    /// </summary>
    public static IReadOnlyList<string> Palette { get; } =
        ["#1565c0", "#c62828", "#2e7d32", "#6a1b9a", "#b34700", "#006b75", "#ad1457", "#4e342e", "#283593", "#3d6b1f"];

    /// <summary>The colour of a person, the same on every server and in every session.</summary>
    public static string ColourFor(string personId)
    {
        var hash = 0;
        foreach (var c in personId)
        {
            hash = unchecked((hash * 31) + c);
        }
        return Palette[(hash & 0x7fffffff) % Palette.Count];
    }
}
