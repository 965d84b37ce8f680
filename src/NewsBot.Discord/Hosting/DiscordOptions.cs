using System.ComponentModel.DataAnnotations;

namespace NewsBot.Discord.Hosting;

/// <summary>Settings of the Discord client, bound from the <c>Discord</c> configuration section.</summary>
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

    /// <summary>Gateway intents bit set. Default: GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES (4609).</summary>
    [Range(0, int.MaxValue)]
    public int Intents { get; set; } = 4609;

    /// <summary>The first shard this process runs. Default 0.</summary>
    [Range(0, 65535)]
    public int ShardId { get; set; }

    /// <summary>Total number of shards of the bot; the process runs shards <see cref="ShardId"/> .. <see cref="ShardCount"/>-1 unless <see cref="ShardsInProcess"/> says fewer. Default 1.</summary>
    [Range(1, 65536)]
    public int ShardCount { get; set; } = 1;

    /// <summary>How many shards this process runs, starting at <see cref="ShardId"/>. Default: all of the remaining ones.</summary>
    [Range(1, 65536)]
    public int? ShardsInProcess { get; set; }

    /// <summary>
    /// Base URL of Discord's REST API. Default <c>https://discord.com/api/v10</c>. The gateway URL always comes from
    /// <c>GET {ApiBaseUrl}/gateway/bot</c>, so pointing this at a stand-in moves the whole client there.
    /// </summary>
    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10");
}
