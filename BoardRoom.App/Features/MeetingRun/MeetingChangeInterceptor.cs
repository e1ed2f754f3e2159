using System.Collections.Concurrent;
using System.Data.Common;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BoardRoom.App.Features.MeetingRun;

/// <summary>
/// The one place meeting changes are announced: every SaveChanges that adds, changes or removes an
/// <see cref="IBelongsToMeeting"/> record (or a record owned by a meeting) announces those meetings on the
/// <see cref="MeetingLiveNotifier"/> once the change is committed, so no command has to remember to, and a page
/// never re-reads before the change is visible. Inside an explicit transaction the announcement waits for the commit
/// and is dropped on a rollback.
/// </summary>
public sealed class MeetingChangeInterceptor(MeetingLiveNotifier notifier) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    // Meetings changed by the SaveChanges (or the transaction) in progress on each context. Pooled contexts are
    // reused, so an entry is always removed when its save or transaction ends.
    private readonly ConcurrentDictionary<DbContext, HashSet<MeetingId>> _pending = new(ReferenceEqualityComparer.Instance);

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        AnnounceUnlessInTransaction(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        AnnounceUnlessInTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => DiscardUnlessInTransaction(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        DiscardUnlessInTransaction(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Announce(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Announce(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Discard(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>
    /// The meetings a set of tracked changes touches: those of changed <see cref="IBelongsToMeeting"/> records, and those
    /// of the tracked records that changed children (an action's update, a decision's change, a meeting's approvals)
    /// hang from.
    /// </summary>
    public static IReadOnlySet<MeetingId> MeetingsChangedBy(ChangeTracker tracker)
    {
        var entries = tracker.Entries().ToList();
        var records = new Dictionary<(Type, object), MeetingId>();
        foreach (var entry in entries)
        {
            if (entry.Entity is IBelongsToMeeting record && entry.Metadata.FindPrimaryKey() is { Properties: [var key] })
            {
                records[(entry.Metadata.ClrType, entry.Property(key.Name).CurrentValue!)] = record.MeetingId;
            }
        }
        var changed = new HashSet<MeetingId>();
        foreach (var entry in entries)
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            if (entry.Entity is IBelongsToMeeting record)
            {
                changed.Add(record.MeetingId);
            }
            // The meeting an item was carried from shows where it went.
            if (entry.Entity is AgendaItem { CarriedFromId: { } source } && records.TryGetValue((typeof(AgendaItem), source), out var from))
            {
                changed.Add(from);
            }
            foreach (var parent in entry.Metadata.GetForeignKeys())
            {
                if (parent.Properties is [var foreignKey]
                    && entry.Property(foreignKey.Name).CurrentValue is { } value
                    && records.TryGetValue((parent.PrincipalEntityType.ClrType, value), out var meeting))
                {
                    changed.Add(meeting);
                }
            }
        }
        return changed;
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        var changed = MeetingsChangedBy(context.ChangeTracker);
        if (changed.Count > 0)
        {
            _pending.GetOrAdd(context, _ => []).UnionWith(changed);
        }
    }

    private void AnnounceUnlessInTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Announce(context);
        }
    }

    private void DiscardUnlessInTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Discard(context);
        }
    }

    private void Announce(DbContext? context)
    {
        if (context is not null && _pending.TryRemove(context, out var meetings))
        {
            foreach (var meeting in meetings)
            {
                notifier.Publish(meeting);
            }
        }
    }

    private void Discard(DbContext? context)
    {
        if (context is not null)
        {
            _pending.TryRemove(context, out _);
        }
    }
}
