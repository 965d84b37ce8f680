using System.Globalization;
using System.Text.Json.Nodes;

namespace NewsBot.Testing.Discord.Gateway;

/// <summary>
/// Gateway payloads complete as Discord sends them, so a client library that reads every field Discord always sends
/// (Discord.Net does) gets what it expects. Field lists follow Discord's docs (resources/user.mdx "User Object",
/// resources/guild.mdx "Guild Object" and "Guild Member Object", resources/channel.mdx "Channel Object",
/// resources/message.mdx "Message Object", events/gateway-events.mdx "Ready", "Guild Create", "Message Create",
/// interactions/receiving-and-responding.mdx "Interaction Object"); optional fields Discord leaves out are left out.
/// </summary>
public static class StandInPayloads
{
    /// <summary>When the stand-in's guilds say the bot and members joined.</summary>
    private const string JoinedAt = "2024-01-01T00:00:00.000000+00:00";

    /// <summary>A user object (a bot when <paramref name="bot"/>).</summary>
    public static JsonObject User(ulong id, string username, bool bot = false)
    {
        var user = new JsonObject
        {
            ["id"] = Text(id),
            ["username"] = username,
            ["discriminator"] = "0",
            ["global_name"] = bot ? null : username,
            ["avatar"] = null,
            ["public_flags"] = 0,
            ["flags"] = 0,
            ["banner"] = null,
            ["accent_color"] = null,
            ["avatar_decoration_data"] = null,
            ["collectibles"] = null,
            ["primary_guild"] = null,
        };
        if (bot)
        {
            user["bot"] = true;
        }

        return user;
    }

    /// <summary>A guild member object; with <paramref name="user"/> null, the partial member a MESSAGE_CREATE carries.</summary>
    public static JsonObject Member(JsonObject? user, IEnumerable<ulong> roleIds, string? permissions = null)
    {
        var member = new JsonObject
        {
            ["roles"] = new JsonArray([.. roleIds.Select(role => (JsonNode)Text(role))]),
            ["nick"] = null,
            ["avatar"] = null,
            ["banner"] = null,
            ["joined_at"] = JoinedAt,
            ["premium_since"] = null,
            ["deaf"] = false,
            ["mute"] = false,
            ["flags"] = 0,
            ["pending"] = false,
            ["communication_disabled_until"] = null,
        };
        if (user is not null)
        {
            member["user"] = user;
        }

        if (permissions is not null)
        {
            member["permissions"] = permissions;
        }

        return member;
    }

    /// <summary>A guild text channel.</summary>
    public static JsonObject TextChannel(ulong id, ulong guildId, string name) => new()
    {
        ["id"] = Text(id),
        ["type"] = 0,
        ["guild_id"] = Text(guildId),
        ["name"] = name,
        ["position"] = 0,
        ["permission_overwrites"] = new JsonArray(),
        ["topic"] = null,
        ["nsfw"] = false,
        ["last_message_id"] = null,
        ["rate_limit_per_user"] = 0,
        ["parent_id"] = null,
        ["last_pin_timestamp"] = null,
        ["flags"] = 0,
    };

    /// <summary>READY for a new session: the bot user, the guilds as unavailable stubs, no private channels.</summary>
    public static JsonObject Ready(ulong botUserId, ulong applicationId, IEnumerable<ulong> guildIds, string sessionId, Uri resumeGatewayUrl, int shardId, int shardCount) => new()
    {
        ["v"] = 10,
        ["user"] = ReadyUser(botUserId),
        ["guilds"] = new JsonArray([.. guildIds.Select(id => (JsonNode)new JsonObject { ["id"] = Text(id), ["unavailable"] = true })]),
        ["private_channels"] = new JsonArray(),
        ["relationships"] = new JsonArray(),
        ["presences"] = new JsonArray(),
        ["guild_join_requests"] = new JsonArray(),
        ["geo_ordered_rtc_regions"] = new JsonArray("us-east", "us-central"),
        ["user_settings"] = new JsonObject(),
        ["session_type"] = "normal",
        ["session_id"] = sessionId,
        ["resume_gateway_url"] = resumeGatewayUrl.AbsoluteUri.TrimEnd('/'),
        ["shard"] = new JsonArray(shardId, shardCount),
        ["application"] = new JsonObject { ["id"] = Text(applicationId), ["flags"] = 0 },
        ["auth"] = new JsonObject(),
    };

    /// <summary>
    /// GUILD_CREATE for <paramref name="guild"/>, available, with its roles, channel and the bot as a member. After
    /// READY it says <c>unavailable: false</c> (a guild READY listed has become available); for a guild the bot has
    /// just <paramref name="joined"/> the field is left out, as Discord does (client libraries tell the two apart by it).
    /// </summary>
    public static JsonObject GuildCreate(StandInGuild guild, ulong botUserId, ulong applicationId, bool joined = false)
    {
        ArgumentNullException.ThrowIfNull(guild);
        var created = new JsonObject
        {
            ["id"] = Text(guild.Id),
            ["name"] = guild.Name,
            ["icon"] = null,
            ["icon_hash"] = null,
            ["splash"] = null,
            ["discovery_splash"] = null,
            ["owner_id"] = Text(guild.Id + 9),
            ["region"] = "deprecated",
            ["afk_channel_id"] = null,
            ["afk_timeout"] = 300,
            ["widget_enabled"] = false,
            ["widget_channel_id"] = null,
            ["verification_level"] = 1,
            ["default_message_notifications"] = 1,
            ["explicit_content_filter"] = 2,
            ["roles"] = new JsonArray([.. guild.AllRoles(botUserId).Select(role => (JsonNode)role.ToJson())]),
            ["emojis"] = new JsonArray(),
            ["features"] = new JsonArray(),
            ["mfa_level"] = 0,
            ["application_id"] = null,
            ["system_channel_id"] = Text(guild.TextChannelId),
            ["system_channel_flags"] = 0,
            ["rules_channel_id"] = null,
            ["max_presences"] = null,
            ["max_members"] = 500000,
            ["vanity_url_code"] = null,
            ["description"] = null,
            ["banner"] = null,
            ["premium_tier"] = 0,
            ["premium_subscription_count"] = 0,
            ["preferred_locale"] = "en-US",
            ["public_updates_channel_id"] = null,
            ["max_video_channel_users"] = 25,
            ["max_stage_video_channel_users"] = 50,
            ["nsfw_level"] = 0,
            ["nsfw"] = false,
            ["stickers"] = new JsonArray(),
            ["premium_progress_bar_enabled"] = false,
            ["safety_alerts_channel_id"] = null,
            ["incidents_data"] = null,
            ["lazy"] = true,
            ["joined_at"] = JoinedAt,
            ["large"] = false,
            ["unavailable"] = false,
            ["member_count"] = 3,
            ["voice_states"] = new JsonArray(),
            ["members"] = new JsonArray(Member(User(botUserId, "NewsBot", bot: true), [guild.BotRoleId])),
            ["channels"] = new JsonArray(TextChannel(guild.TextChannelId, guild.Id, "news")),
            ["threads"] = new JsonArray(),
            ["presences"] = new JsonArray(),
            ["stage_instances"] = new JsonArray(),
            ["guild_scheduled_events"] = new JsonArray(),
            ["soundboard_sounds"] = new JsonArray(),
            ["embedded_activities"] = new JsonArray(),
            ["application_command_counts"] = new JsonObject(),
            ["version"] = 0,
            ["home_header"] = null,
            ["latest_onboarding_question_id"] = null,
            ["hub_type"] = null,
            ["activity_instances"] = new JsonArray(),
            ["inventory_settings"] = null,
            ["clan"] = null,
        };
        if (joined)
        {
            created.Remove("unavailable");
        }

        return created;
    }

    /// <summary>
    /// A message as MESSAGE_CREATE carries it in a guild: the author, their partial member, the users it mentions (each
    /// with a partial member when in the guild) and the roles it mentions.
    /// </summary>
    public static JsonObject GuildMessage(
        ulong id, StandInGuild guild, JsonObject author, IEnumerable<ulong> authorRoles, string content,
        IEnumerable<JsonObject> mentions, IEnumerable<ulong> mentionRoles, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(guild);
        var message = Message(id, guild.TextChannelId, author, content, timestamp, type: 0);
        message["guild_id"] = Text(guild.Id);
        message["member"] = Member(null, authorRoles);
        message["mentions"] = new JsonArray([.. mentions.Select(user =>
        {
            var mentioned = (JsonObject)user.DeepClone();
            mentioned["member"] = Member(null, []);
            return (JsonNode)mentioned;
        })]);
        message["mention_roles"] = new JsonArray([.. mentionRoles.Select(role => (JsonNode)Text(role))]);
        return message;
    }

    /// <summary>A message object with the fields every message carries.</summary>
    public static JsonObject Message(ulong id, ulong channelId, JsonObject author, string content, DateTimeOffset timestamp, int type) => new()
    {
        ["id"] = Text(id),
        ["channel_id"] = Text(channelId),
        ["author"] = author,
        ["content"] = content,
        ["timestamp"] = timestamp.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture),
        ["edited_timestamp"] = null,
        ["tts"] = false,
        ["mention_everyone"] = false,
        ["mentions"] = new JsonArray(),
        ["mention_roles"] = new JsonArray(),
        ["attachments"] = new JsonArray(),
        ["embeds"] = new JsonArray(),
        ["pinned"] = false,
        ["type"] = type,
        ["flags"] = 0,
        ["components"] = new JsonArray(),
    };

    /// <summary>
    /// An interaction in <paramref name="guild"/>'s text channel from a member with <paramref name="roleIds"/>: the
    /// channel and guild objects, the member with the permissions their roles give, no entitlements, and the message
    /// for a click.
    /// </summary>
    public static JsonObject Interaction(
        ulong id, string token, int type, JsonObject data, StandInGuild guild, JsonObject user, IReadOnlyList<ulong> roleIds,
        ulong botUserId, ulong applicationId, JsonObject? message = null)
    {
        ArgumentNullException.ThrowIfNull(guild);
        var channel = TextChannel(guild.TextChannelId, guild.Id, "news");
        channel["permissions"] = "2251799813685247";
        var interaction = new JsonObject
        {
            ["id"] = Text(id),
            ["application_id"] = Text(applicationId),
            ["type"] = type,
            ["data"] = data,
            ["guild"] = new JsonObject { ["id"] = Text(guild.Id), ["locale"] = "en-US", ["features"] = new JsonArray() },
            ["guild_id"] = Text(guild.Id),
            ["channel"] = channel,
            ["channel_id"] = Text(guild.TextChannelId),
            ["member"] = Member(user, roleIds, guild.PermissionsOf(roleIds, botUserId)),
            ["token"] = token,
            ["version"] = 1,
            ["app_permissions"] = "2251799813685247",
            ["locale"] = "en-US",
            ["guild_locale"] = "en-US",
            ["entitlements"] = new JsonArray(),
            ["entitlement_sku_ids"] = new JsonArray(),
            ["authorizing_integration_owners"] = new JsonObject { ["0"] = Text(guild.Id) },
            ["context"] = 0,
            ["attachment_size_limit"] = 10485760,
        };
        if (message is not null)
        {
            interaction["message"] = message;
        }

        return interaction;
    }

    private static JsonObject ReadyUser(ulong botUserId)
    {
        var user = User(botUserId, "NewsBot", bot: true);
        user["verified"] = true;
        user["mfa_enabled"] = false;
        user["email"] = null;
        return user;
    }

    private static string Text(ulong id) => id.ToString(CultureInfo.InvariantCulture);
}
