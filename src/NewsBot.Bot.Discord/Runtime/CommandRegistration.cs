using System.Net;
using Discord;
using Discord.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Commands;
using NewsBot.Bot.Discord.Connection;
using NewsBot.Bot.Discord.Outbound;
using NewsBot.Bot.Runtime;

namespace NewsBot.Bot.Discord.Runtime;

/// <summary>
/// Registers the slash commands once per process, when the first READY has given the application id: by bulk
/// overwrite in each scope <see cref="CommandScopes"/> plans (globally, or in each of <c>Bot:DevelopmentGuildIds</c>
/// for development; admin commands only where someone may run them).
/// </summary>
public sealed class CommandRegistration(IOptions<BotOptions> options, FatalStop fatal, ILogger<CommandRegistration> logger)
{
    private int _started;

    /// <summary>Registers the commands unless this already happened (READY comes again after every new session).</summary>
    public async Task RegisterOnceAsync(ICommandRegistrar registrar, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registrar);
        if (Interlocked.Exchange(ref _started, 1) == 1)
        {
            return;
        }

        foreach (var (guild, commands) in CommandScopes.Plan(options.Value, BotCommands.All))
        {
            var scope = guild is { } id ? $"in guild {id}" : "globally";
            if (!await RegisterAsync(registrar, guild, DiscordCommands.From(commands), scope, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    /// <summary>Registers one scope; false when the token was refused and nothing further can work.</summary>
    private async Task<bool> RegisterAsync(ICommandRegistrar registrar, ulong? guildId, ApplicationCommandProperties[] commands, string scope, CancellationToken cancellationToken)
    {
        try
        {
            await registrar.OverwriteAsync(guildId, commands, cancellationToken).ConfigureAwait(false);
            Log.CommandsRegistered(logger, commands.Length, scope);
            return true;
        }
        catch (HttpException refused) when (refused.HttpCode == HttpStatusCode.Unauthorized)
        {
            fatal.Stop(DiscordRefusals.TokenRefused("when registering commands (401 Unauthorized)"));
            return false;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The bot still answers with the commands registered before; retrying at once would count against Discord's daily creates.
            Log.CommandRegistrationFailed(logger, exception, scope);
            return true;
        }
    }
}
