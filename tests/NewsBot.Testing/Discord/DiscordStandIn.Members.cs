using System.Globalization;
using System.Text.Json.Nodes;
using NewsBot.Testing.Discord.Gateway;

namespace NewsBot.Testing.Discord;

/// <summary>What members do, as Discord delivers it: an interaction in a guild, dispatched on the shard the guild maps to.</summary>
public sealed partial class DiscordStandIn
{
    /// <summary>
    /// A member with <paramref name="roles"/> triggers an interaction of <paramref name="type"/> (2 command, 3 click,
    /// 4 autocomplete) in <paramref name="guild"/>'s text channel, created at <paramref name="created"/>; a click names
    /// the bot's message <paramref name="clickedMessageId"/>. The interaction's callback and webhook routes are opened
    /// for its token, and it is dispatched on the shard of <paramref name="guild"/> among <paramref name="shardCount"/>.
    /// </summary>
    public async Task<(string Id, string Token)> SendInteractionAsync(
        StandInGuild guild, int type, JsonObject data, ulong userId, string username, IReadOnlyList<ulong> roles,
        DateTimeOffset created, string? clickedMessageId = null, int shardCount = 1)
    {
        ArgumentNullException.ThrowIfNull(guild);
        var id = StandInIds.CreatedAt(created);
        var text = id.ToString(CultureInfo.InvariantCulture);
        var token = "interaction-token-" + text;
        var channel = guild.TextChannelId.ToString(CultureInfo.InvariantCulture);
        RegisterInteraction(text, token, channel, clickedMessageId);
        var clicked = clickedMessageId is null
            ? null
            : StandInPayloads.Message(
                ulong.Parse(clickedMessageId, CultureInfo.InvariantCulture), guild.TextChannelId, StandInPayloads.User(Gateway.BotUserId, "NewsBot", bot: true), string.Empty, created, type: 20);
        var interaction = StandInPayloads.Interaction(
            id, token, type, data, guild, StandInPayloads.User(userId, username), roles, Gateway.BotUserId, Gateway.ApplicationId, clicked);
        await Gateway.DispatchAsync("INTERACTION_CREATE", interaction.ToJsonString(), (int)((guild.Id >> 22) % (ulong)shardCount)).ConfigureAwait(false);
        return (text, token);
    }
}
