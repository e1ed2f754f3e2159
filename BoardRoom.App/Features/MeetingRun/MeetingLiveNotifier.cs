using System.Collections.Concurrent;
using BoardRoom.Core.Meetings;

namespace BoardRoom.App.Features.MeetingRun;

/// <summary>
/// Tells every open page of a meeting that its live state changed (current item, clock, attendance, declarations,
/// decisions, actions). Meeting pages hear it through <see cref="MeetingLiveFeed"/>, which reads the meeting once for all
/// of them; other pages (the agenda editor) subscribe here, re-read through their service and re-render. Subscribers
/// dispose the subscription.
/// Changes are published by <see cref="MeetingChangeInterceptor"/> after they are saved; with Redis,
/// <see cref="Hosting.RedisNodeRelay"/> carries them to the other nodes, which deliver them to their own pages.
/// </summary>
public sealed class MeetingLiveNotifier
{
    private readonly ConcurrentDictionary<MeetingId, ConcurrentDictionary<Guid, Func<Task>>> _subscribers = new();

    public IDisposable Subscribe(MeetingId meetingId, Func<Task> onChanged)
    {
        var id = Guid.NewGuid();
        _subscribers.GetOrAdd(meetingId, _ => new ConcurrentDictionary<Guid, Func<Task>>())[id] = onChanged;
        return new Subscription(() =>
        {
            if (_subscribers.TryGetValue(meetingId, out var subs))
            {
                subs.TryRemove(id, out _);
            }
        });
    }

    /// <summary>The meetings with a page open on this node.</summary>
    public IReadOnlyList<MeetingId> OpenMeetings => _subscribers.Where(s => !s.Value.IsEmpty).Select(s => s.Key).ToList();

    /// <summary>Raised for every change published on this node (not for those delivered from another node).</summary>
    public event Action<MeetingId>? Published;

    /// <summary>A change made on this node: its pages re-read, and the relay (if any) tells the other nodes.</summary>
    public void Publish(MeetingId meetingId)
    {
        Deliver(meetingId);
        Published?.Invoke(meetingId);
    }

    /// <summary>
    /// Every open meeting page re-reads: after the link to the other nodes was down, any of their changes may have been
    /// missed.
    /// </summary>
    public void DeliverToEveryone()
    {
        foreach (var meetingId in _subscribers.Keys)
        {
            Deliver(meetingId);
        }
    }

    /// <summary>A change made on another node: only this node's pages re-read.</summary>
    public void Deliver(MeetingId meetingId)
    {
        if (!_subscribers.TryGetValue(meetingId, out var subs))
        {
            return;
        }
        RunEach(subs.Values);
    }

    /// <summary>Runs each page's callback on its own: one slow or broken page must not hold up the others.</summary>
    internal static void RunEach(IEnumerable<Func<Task>> callbacks)
    {
        foreach (var callback in callbacks)
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await callback();
                }
                catch (ObjectDisposedException)
                {
                    // The page went away between the change and the call.
                }
            });
        }
    }

    internal sealed class Subscription(Action dispose) : IDisposable
    {
        private Action? _dispose = dispose;

        public void Dispose() => Interlocked.Exchange(ref _dispose, null)?.Invoke();
    }
}
