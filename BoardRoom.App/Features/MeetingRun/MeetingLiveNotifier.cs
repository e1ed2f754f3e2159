using System.Collections.Concurrent;
using BoardRoom.Core.Meetings;

namespace BoardRoom.App.Features.MeetingRun;

/// <summary>
/// Tells every open page of a meeting that its live state changed (current item, clock, attendance, declarations,
/// decisions, actions). Pages subscribe, re-read through their service and re-render; they dispose the subscription.
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

    public void Publish(MeetingId meetingId)
    {
        if (!_subscribers.TryGetValue(meetingId, out var subs))
        {
            return;
        }
        foreach (var callback in subs.Values)
        {
            // Each page re-renders on its own circuit; one slow or broken page must not hold up the others.
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

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private Action? _dispose = dispose;

        public void Dispose() => Interlocked.Exchange(ref _dispose, null)?.Invoke();
    }
}
