using System.Collections.Concurrent;
using System.Security.Cryptography;
using NewsBot.Core.Answers;

namespace NewsBot.Bot;

/// <summary>
/// Keeps answers for the "More quotes" button for as long as Discord lets the bot edit the reply (15 minutes),
/// and remembers who asked, since only the asker may page.
/// </summary>
public sealed class AnswerSessions(TimeProvider timeProvider)
{
    /// <summary>How long an interaction token stays valid for edits and follow-ups.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, AnswerSession> _sessions = new(StringComparer.Ordinal);

    /// <summary>Stores an answer and returns the short key that button custom ids carry.</summary>
    public string Add(Answer answer, ulong askerId)
    {
        ArgumentNullException.ThrowIfNull(answer);
        RemoveExpired();
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(8));
        _sessions[key] = new AnswerSession(answer, askerId, timeProvider.GetUtcNow());
        return key;
    }

    /// <summary>The stored answer, or null when the key is unknown or its 15 minutes have passed.</summary>
    public AnswerSession? Find(string key)
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

/// <summary>An answer kept for paging.</summary>
/// <param name="Answer">The full answer, all article groups.</param>
/// <param name="AskerId">The only user allowed to page.</param>
/// <param name="CreatedAt">When it was asked; paging stops 15 minutes later.</param>
public sealed record AnswerSession(Answer Answer, ulong AskerId, DateTimeOffset CreatedAt);
