using System.ComponentModel.DataAnnotations;

namespace NewsBot.Bot.Discord.Hosting;

/// <summary>Settings of the bot's Discord connection, bound from the <c>Discord</c> configuration section.</summary>
public sealed class DiscordOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Discord";

    /// <summary>
    /// The bot token, without the <c>Bot </c> prefix. Comes from the environment (<c>NEWSBOT_Discord__Token</c>)
    /// or user secrets, never from a file in the repository. Never logged. No default.
    /// </summary>
    [Required(ErrorMessage = "Discord:Token is not set: put the bot token in the environment variable NEWSBOT_Discord__Token or in user secrets.")]
    public string Token { get; set; } = string.Empty;

    /// <summary>Gateway intents bit set. Default: GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES (4609); none of them privileged.</summary>
    [Range(0, int.MaxValue)]
    public int Intents { get; set; } = 4609;

    /// <summary>
    /// The shards this process runs, as ids and ranges (<c>0-3</c>, <c>0,2,4-5</c>); needs <see cref="ShardCount"/>.
    /// Default: every shard of <see cref="ShardCount"/>, or, with neither set, as many as Discord recommends.
    /// </summary>
    [RegularExpression(@"^\s*\d{1,5}(\s*-\s*\d{1,5})?(\s*,\s*\d{1,5}(\s*-\s*\d{1,5})?)*\s*$", ErrorMessage = "Discord:ShardIds must list shard ids and ranges, for example 0-3 or 0,2,4-5.")]
    public string? ShardIds { get; set; }

    /// <summary>Total number of shards of the bot across every process. Default: Discord's recommendation (<c>GET /gateway/bot</c>).</summary>
    [Range(1, 65536, ErrorMessage = "Discord:ShardCount must be a whole number from 1 to 65536.")]
    public int? ShardCount { get; set; }

    /// <summary>
    /// Base URL of Discord's REST API, ending in <c>/</c>. Default <c>https://discord.com/api/v10/</c>. The gateway URL
    /// always comes from <c>GET {ApiBaseUrl}gateway/bot</c>, so pointing this at a stand-in moves the whole client there.
    /// </summary>
    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10/");
}
