using Discord;
using Discord.Rest;

namespace NewsBot.Bot.Discord.Outbound;

/// <summary>Registers commands through a READY shard's REST client, which knows the application id READY gave.</summary>
public sealed class DiscordCommandRegistrar(DiscordRestClient rest) : ICommandRegistrar
{
    public Task OverwriteAsync(ulong? guildId, ApplicationCommandProperties[] commands, CancellationToken cancellationToken)
    {
        var options = new RequestOptions { CancelToken = cancellationToken };
        return guildId is { } guild ? rest.BulkOverwriteGuildCommands(commands, guild, options) : rest.BulkOverwriteGlobalCommands(commands, options);
    }
}
