using System.Collections.Concurrent;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Models;

namespace NewsBot.Bot.Discord.Runtime;

/// <summary>
/// The bot's managed role in each guild (the role whose <c>tags.bot_id</c> is the bot's id). Discord's mention picker
/// often inserts that role rather than the bot's user, so a mention of it is a mention of the bot. Kept from
/// GUILD_CREATE and the GUILD_ROLE_CREATE, UPDATE and DELETE events (gateway docs, "Guild Create", "Guild Role Create").
/// </summary>
public sealed class BotRoles
{
    private readonly ConcurrentDictionary<Snowflake, Snowflake> _byGuild = new();

    /// <summary>The bot's managed role in <paramref name="guildId"/>, or null when none is known.</summary>
    public Snowflake? In(Snowflake? guildId)
        => guildId is { } guild && _byGuild.TryGetValue(guild, out var role) ? role : null;

    /// <summary>Takes the bot's role from a guild's full role list.</summary>
    public void Learn(GuildCreateEvent guild, Snowflake botId)
    {
        ArgumentNullException.ThrowIfNull(guild);
        if (guild.Roles.FirstOrDefault(role => role.Tags?.BotId == botId) is { } botRole)
        {
            _byGuild[guild.GuildId] = botRole.Id;
        }
        else
        {
            _byGuild.TryRemove(guild.GuildId, out _);
        }
    }

    /// <summary>Takes a created or changed role into account.</summary>
    public void Learn(GuildRoleEvent changed, Snowflake botId)
    {
        ArgumentNullException.ThrowIfNull(changed);
        if (changed.Role.Tags?.BotId == botId)
        {
            _byGuild[changed.GuildId] = changed.Role.Id;
        }
        else if (In(changed.GuildId) == changed.Role.Id)
        {
            _byGuild.TryRemove(changed.GuildId, out _);
        }
    }

    /// <summary>Forgets a deleted role when it was the bot's.</summary>
    public void Forget(GuildRoleDeleteEvent deleted)
    {
        ArgumentNullException.ThrowIfNull(deleted);
        if (In(deleted.GuildId) == deleted.RoleId)
        {
            _byGuild.TryRemove(deleted.GuildId, out _);
        }
    }
}
