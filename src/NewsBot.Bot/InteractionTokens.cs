namespace NewsBot.Bot;

/// <summary>The chat platform's rule for answering a request later that the bot's paging depends on (Discord: an interaction token lives 15 minutes).</summary>
public static class InteractionTokens
{
    /// <summary>How long a request can still be edited and followed up.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
}
