namespace NewsBot.Bot.Conversation;

/// <summary>Who sent a request, and where: the facts the bot's cooldowns, paging and admin policy decide on.</summary>
/// <param name="UserId">The member's user id.</param>
/// <param name="GuildId">The server, or null in direct messages.</param>
/// <param name="ChannelId">The channel, when known.</param>
/// <param name="RoleIds">The member's roles in that server (empty in direct messages).</param>
/// <param name="ManagesServer">True when the member may manage the server there (the chat platform's own admin right).</param>
public sealed record Asker(ulong UserId, ulong? GuildId, ulong? ChannelId, IReadOnlyList<ulong> RoleIds, bool ManagesServer);
