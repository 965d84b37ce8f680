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
            ["color"] = 0,
            ["colors"] = new JsonObject { ["primary_color"] = 0, ["secondary_color"] = null, ["tertiary_color"] = null },
            ["hoist"] = false,
            ["icon"] = null,
            ["unicode_emoji"] = null,
            ["position"] = BotId is null ? 0 : 1,
            ["permissions"] = Permissions,
            ["managed"] = BotId is not null,
            ["mentionable"] = false,
            ["flags"] = 0,
        };
        if (BotId is { } bot)
        {
            role["tags"] = new JsonObject { ["bot_id"] = bot.ToString(CultureInfo.InvariantCulture) };
        }

        return role;
    }
}
