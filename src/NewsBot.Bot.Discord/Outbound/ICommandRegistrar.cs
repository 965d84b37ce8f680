using Discord;

namespace NewsBot.Bot.Discord.Outbound;

/// <summary>How the adapter registers slash commands (a seam so registration is tested without Discord).</summary>
public interface ICommandRegistrar
{
    /// <summary>
    /// Replaces every command of the application, globally when <paramref name="guildId"/> is null, else in that guild
    /// only (bulk overwrite: commands missing from <paramref name="commands"/> disappear).
    /// </summary>
    Task OverwriteAsync(ulong? guildId, ApplicationCommandProperties[] commands, CancellationToken cancellationToken);
}
