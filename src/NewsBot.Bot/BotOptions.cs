using System.ComponentModel.DataAnnotations;

namespace NewsBot.Bot;

/// <summary>How the bot behaves in chat, bound from the <c>Bot</c> configuration section.</summary>
public sealed class BotOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Bot";

    /// <summary>
    /// Guilds whose slash commands are registered directly (they appear at once; for development). When empty
    /// (the default), commands are registered globally.
    /// </summary>
    public List<ulong> DevelopmentGuildIds { get; set; } = [];

    /// <summary>
    /// Guilds where Manage Server (or Administrator) makes a member a bot admin. Elsewhere only
    /// <see cref="AdminUserIds"/> and <see cref="AdminRoleIds"/> are admins, so whoever runs a server the bot was
    /// invited to cannot reindex the operator's index. Default none.
    /// </summary>
    public List<ulong> AdminGuildIds { get; set; } = [];

    /// <summary>Users allowed to run <c>/reindex</c> besides members with Manage Server. Default none.</summary>
    public List<ulong> AdminUserIds { get; set; } = [];

    /// <summary>Roles whose members may run <c>/reindex</c> besides members with Manage Server. Default none.</summary>
    public List<ulong> AdminRoleIds { get; set; } = [];

    /// <summary>Seconds a member waits between questions; 0 turns the cooldown off. Default 5.</summary>
    [Range(0, 3600)]
    public int CooldownSeconds { get; set; } = 5;

    /// <summary>Minutes after a reindex ends before the next may start; 0 turns the wait off. Default 10.</summary>
    [Range(0, 1440)]
    public int ReindexCooldownMinutes { get; set; } = 10;

    /// <summary>
    /// Answers and reindexes that may run at once; a request beyond it is told politely that the bot is busy. Default 32.
    /// </summary>
    [Range(1, 10_000)]
    public int MaxWorkInFlight { get; set; } = 32;
}
