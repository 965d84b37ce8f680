using System.Globalization;
using System.Text.Json.Nodes;

namespace NewsBot.Testing.Discord.Gateway;

/// <summary>A role of a stand-in guild. <paramref name="BotId"/> makes it a bot's managed role (<c>tags.bot_id</c>).</summary>
public sealed record StandInRole(ulong Id, string Name, string Permissions = "0", ulong? BotId = null)
{
    /// <summary>The role object as Discord sends it (gateway docs, Permissions: "Role Object").</summary>
    public JsonObject ToJson()
    {
        var role = new JsonObject
        {
            ["id"] = Id.ToString(CultureInfo.InvariantCulture),
            ["name"] = Name,
            ["permissions"] = Permissions,
            ["position"] = BotId is null ? 0 : 1,
            ["managed"] = BotId is not null,
            ["mentionable"] = false,
        };
        if (BotId is { } bot)
        {
            role["tags"] = new JsonObject { ["bot_id"] = bot.ToString(CultureInfo.InvariantCulture) };
        }

        return role;
    }
}

/// <summary>
/// The roles Discord puts in a guild's GUILD_CREATE: <c>@everyone</c> (whose id is the guild's), the role Discord
/// manages for the bot since it joined (<c>managed</c>, <c>tags.bot_id</c>), and the guild's own roles.
/// </summary>
internal static class StandInGuildRoles
{
    public static JsonArray For(StandInGuild guild, ulong botUserId)
    {
        var roles = new JsonArray
        {
            new StandInRole(guild.Id, "@everyone", "1024").ToJson(),
            new StandInRole(guild.BotRoleId, "NewsBot", "2048", botUserId).ToJson(),
        };
        foreach (var role in guild.Roles)
        {
            roles.Add(role.ToJson());
        }

        return roles;
    }
}
