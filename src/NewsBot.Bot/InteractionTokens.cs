namespace NewsBot.Bot;

/// <summary>Discord's rules for interaction tokens that the bot's paging depends on.</summary>
public static class InteractionTokens
{
    /// <summary>How long an interaction token stays valid for edits and follow-ups.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
}
