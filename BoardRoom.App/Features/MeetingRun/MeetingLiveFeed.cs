using BoardRoom.App.Data;
using BoardRoom.Core.Meetings;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.MeetingRun;

/// <summary>
/// A meeting's changes, delivered to its open pages as one fresh read for all of them. When the
/// <see cref="MeetingLiveNotifier"/> says a meeting changed, its <see cref="MeetingSnapshot"/> is read once, after the
/// change, and handed to every page of it on this node, each of which shapes it for its own person. Changes that arrive
/// while a read is under way are gathered into one more read once it ends, so a burst of commands costs at most two
/// reads, however many pages are open. No snapshot is kept: a page opened later reads its own.
/// </summary>
public sealed class MeetingLiveFeed(MeetingLiveNotifier notifier, IDbContextFactory<BoardRoomDbContext> dbFactory, ILogger<MeetingLiveFeed> logger)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<MeetingId, Feed> _feeds = [];
    private readonly ILogger<MeetingLiveFeed> _logger = logger;
    private long _reads;

    /// <summary>
    /// Calls <paramref name="onChanged"/> with a fresh snapshot (null once the meeting is gone) after each change to the
    /// meeting, until the subscription is disposed.
    /// </summary>
    public IDisposable Subscribe(MeetingId meetingId, Func<MeetingSnapshot?, Task> onChanged)
    {
        Feed feed;
        var id = Guid.NewGuid();
        lock (_gate)
        {
            if (!_feeds.TryGetValue(meetingId, out feed!))
            {
                feed = new Feed(this, meetingId);
                feed.Notification = notifier.Subscribe(meetingId, feed.ChangedAsync);
                _feeds[meetingId] = feed;
            }
            feed.Pages[id] = onChanged;
        }
        return new MeetingLiveNotifier.Subscription(() =>
        {
            lock (_gate)
            {
                feed.Pages.Remove(id);
                if (feed.Pages.Count == 0 && _feeds.Remove(meetingId))
                {
                    feed.Notification?.Dispose();
                }
            }
        });
    }

    /// <summary>Reads the meeting as it is now, stamped so that a page can tell a later read from an earlier one.</summary>
    public async Task<MeetingSnapshot?> ReadAsync(MeetingId meetingId, CancellationToken cancellationToken = default)
    {
        var sequence = Interlocked.Increment(ref _reads);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var snapshot = await MeetingSnapshot.LoadAsync(db, meetingId, cancellationToken);
        return snapshot is null ? null : snapshot with { Sequence = sequence };
    }

    /// <summary>How many times meetings have been read, by pages opening and by changes, since the node started.</summary>
    public long Reads => Interlocked.Read(ref _reads);

    private sealed class Feed(MeetingLiveFeed owner, MeetingId meetingId)
    {
        private bool _reading;
        private bool _changedSince;

        public Dictionary<Guid, Func<MeetingSnapshot?, Task>> Pages { get; } = [];

        public IDisposable? Notification { get; set; }

        public async Task ChangedAsync()
        {
            lock (owner._gate)
            {
                if (_reading)
                {
                    _changedSince = true;
                    return;
                }
                _reading = true;
            }
            while (true)
            {
                lock (owner._gate)
                {
                    _changedSince = false;
                }
                await DeliverAsync();
                lock (owner._gate)
                {
                    if (!_changedSince)
                    {
                        _reading = false;
                        return;
                    }
                }
            }
        }

        private async Task DeliverAsync()
        {
            MeetingSnapshot? snapshot;
            try
            {
                snapshot = await owner.ReadAsync(meetingId);
            }
            catch (Exception e)
            {
                // The pages keep what they show until the next change; the change itself is saved.
                owner._logger.LogError(e, "Could not read meeting {MeetingId} for its open pages.", meetingId);
                return;
            }
            List<Func<MeetingSnapshot?, Task>> pages;
            lock (owner._gate)
            {
                pages = [.. Pages.Values];
            }
            MeetingLiveNotifier.RunEach(pages.Select(page => (Func<Task>)(() => page(snapshot))));
        }
    }
}
