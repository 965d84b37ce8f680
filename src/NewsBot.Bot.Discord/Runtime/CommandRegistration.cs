using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Commands;
using NewsBot.Bot.Discord.Outbound;
using NewsBot.Bot.Runtime;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Bot.Discord.Runtime;

/// <summary>
/// Registers the slash commands once per process, when the first READY gives the application id: by bulk overwrite
/// in each of <c>Bot:DevelopmentGuildIds</c> (instant, for development), else globally.
/// </summary>
public sealed class CommandRegistration(ICommandRegistrar registrar, IOptions<BotOptions> options, FatalStop fatal, ILogger<CommandRegistration> logger)
{
    private static readonly IReadOnlyList<ApplicationCommand> Commands = DiscordCommands.From(BotCommands.All);

    private int _started;

    /// <summary>Registers the commands unless this already happened (READY comes again after every new session).</summary>
    public async Task RegisterOnceAsync(Snowflake applicationId, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _started, 1) == 1)
        {
            return;
        }

        var guilds = options.Value.DevelopmentGuildIds;
        if (guilds.Count == 0)
        {
            await RegisterAsync(applicationId, null, "globally", cancellationToken).ConfigureAwait(false);
            return;
        }

        foreach (var guild in guilds)
        {
            await RegisterAsync(applicationId, new Snowflake(guild), $"in guild {guild}", cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RegisterAsync(Snowflake applicationId, Snowflake? guildId, string scope, CancellationToken cancellationToken)
    {
        try
        {
            await registrar.OverwriteAsync(applicationId, guildId, Commands, cancellationToken).ConfigureAwait(false);
            Log.CommandsRegistered(logger, Commands.Count, scope);
        }
        catch (DiscordUnauthorizedException)
        {
            fatal.Stop("Discord refused the bot token (401 Unauthorized) when registering commands: set Discord:Token (NEWSBOT_Discord__Token) to the token shown on the Bot page of the Developer Portal.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The bot still answers with the commands registered before; retrying at once would count against Discord's daily creates.
            Log.CommandRegistrationFailed(logger, exception, scope);
        }
    }
}
