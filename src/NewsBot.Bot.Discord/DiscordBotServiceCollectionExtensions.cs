using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using NewsBot.Bot.Conversation;
using NewsBot.Bot.Discord.Outbound;
using NewsBot.Bot.Discord.Runtime;
using NewsBot.Discord.Rest;

namespace NewsBot.Bot.Discord;

/// <summary>Registers the bot on Discord: the bot itself, this adapter, and the service that connects them to the gateway.</summary>
public static class DiscordBotServiceCollectionExtensions
{
    /// <summary>
    /// Adds the bot (<c>AddNewsBot</c>) and the Discord adapter. Expects the Discord client (<c>AddDiscordClient</c>)
    /// and the engine's ports to be registered as well. Services are registered with <c>TryAdd*</c> so tests can replace them.
    /// </summary>
    public static IServiceCollection AddDiscordBot(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddNewsBot();

        // The Discord client registers DiscordRestClient as one instance over IHttpClientFactory, so the adapter keeps it.
        services.TryAddSingleton(provider => new DiscordRest(provider.GetRequiredService<DiscordRestClient>()));
        services.TryAddSingleton<IChannelMessenger>(provider => provider.GetRequiredService<DiscordRest>());
        services.TryAddSingleton<ICommandRegistrar>(provider => provider.GetRequiredService<DiscordRest>());

        services.TryAddSingleton<BotIdentity>();
        services.TryAddSingleton<BotRoles>();
        services.TryAddSingleton<CommandRegistration>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, DiscordBotService>());
        return services;
    }
}
