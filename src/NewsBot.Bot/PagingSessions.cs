using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace NewsBot.Bot;

/// <summary>
/// Keeps what a paged reply shows (an answer, a recent list) for as long as its buttons may be used (15 minutes, the
/// life of an interaction token, counted from the request's creation: the platform's clock starts there, not at our
/// reply), and remembers who asked, since only the asker may page.
/// </summary>
/// <typeparam name="T">What is paged through.</typeparam>
public sealed class PagingSessions<T>(TimeProvider timeProvider)
    where T : class
{
    /// <summary>How long a session lasts: as long as its interaction token (<see cref="InteractionTokens.Lifetime"/>).</summary>
    public static readonly TimeSpan Lifetime = InteractionTokens.Lifetime;

    /// <summary>Sessions kept per asker; a further one replaces their oldest, so one member cannot fill the memory.</summary>
    public const int MaxPerAsker = 5;

    private readonly ConcurrentDictionary<string, PagingSession<T>> _sessions = new(StringComparer.Ordinal);

    /// <summary>Stores content and returns the short key that button custom ids carry (16 hex digits).</summary>
    /// <param name="content">What the buttons page through.</param>
    /// <param name="askerId">The only member who may page.</param>
    /// <param name="createdAt">When the request that is answered was created (<see cref="Conversation.BotRequest.CreatedAt"/>); now when null.</param>
    public string Add(T content, ulong askerId, DateTimeOffset? createdAt = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        RemoveExpired();
        var theirs = _sessions.Where(pair => pair.Value.AskerId == askerId).OrderBy(pair => pair.Value.CreatedAt).ToList();
        foreach (var (oldest, _) in theirs.Take(Math.Max(0, theirs.Count - MaxPerAsker + 1)))
        {
            _sessions.TryRemove(oldest, out _);
        }

        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(8));
        _sessions[key] = new PagingSession<T>(content, askerId, createdAt ?? timeProvider.GetUtcNow());
        return key;
    }

    /// <summary>The stored session, or null when the key is unknown or its 15 minutes have passed.</summary>
    public PagingSession<T>? Find(string key)
    {
        if (!_sessions.TryGetValue(key, out var session))
        {
            return null;
        }

        if (timeProvider.GetUtcNow() - session.CreatedAt >= Lifetime)
        {
            _sessions.TryRemove(key, out _);
            return null;
        }

        return session;
    }

    private void RemoveExpired()
    {
        var now = timeProvider.GetUtcNow();
        foreach (var (key, session) in _sessions)
        {
            if (now - session.CreatedAt >= Lifetime)
            {
                _sessions.TryRemove(key, out _);
            }
        }
    }
}

/// <summary>Content kept for paging.</summary>
/// <param name="Content">Everything that can be paged through.</param>
/// <param name="AskerId">The only user allowed to page.</param>
/// <param name="CreatedAt">When it was asked (the request's creation); paging stops 15 minutes later.</param>
public sealed record PagingSession<T>(T Content, ulong AskerId, DateTimeOffset CreatedAt);
