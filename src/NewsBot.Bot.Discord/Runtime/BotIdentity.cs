using NewsBot.Discord.Models;

namespace NewsBot.Bot.Discord.Runtime;

/// <summary>Who the bot is, as READY says: its user id (to recognise mentions of it) and its application id.</summary>
public sealed class BotIdentity
{
    private long _userId;
    private long _applicationId;

    /// <summary>The bot's user id, or null before the first READY.</summary>
    public Snowflake? UserId => Read(ref _userId);

    /// <summary>The application id, or null before the first READY.</summary>
    public Snowflake? ApplicationId => Read(ref _applicationId);

    /// <summary>Records the ids READY carries.</summary>
    public void SetReady(Snowflake userId, Snowflake applicationId)
    {
        Interlocked.Exchange(ref _userId, unchecked((long)userId.Value));
        Interlocked.Exchange(ref _applicationId, unchecked((long)applicationId.Value));
    }

    private static Snowflake? Read(ref long field)
    {
        var value = Interlocked.Read(ref field);
        return value == 0 ? null : new Snowflake(unchecked((ulong)value));
    }
}
