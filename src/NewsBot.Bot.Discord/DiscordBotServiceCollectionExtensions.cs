using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using NewsBot.Bot.Conversation;
using NewsBot.Bot.Discord.Connection;
using NewsBot.Bot.Discord.Hosting;
using NewsBot.Bot.Discord.Outbound;
using NewsBot.Bot.Discord.Runtime;

namespace NewsBot.Bot.Discord;

/// <summary>Registers the bot on Discord: the bot itself, this adapter, and the Discord.Net client it runs on.</summary>
public static class DiscordBotServiceCollectionExtensions
{
    /// <summary>
    /// Adds the bot (<c>AddNewsBot</c>), <see cref="DiscordOptions"/> bound from the <c>Discord</c> section and validated
    /// at start, the Discord.Net client and the service that runs it. Expects the engine's ports to be registered as
    /// well. Services are registered with <c>TryAdd*</c> so tests can replace them.
    /// </summary>
    public static IServiceCollection AddDiscordBot(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddNewsBot();
        services.AddOptions<DiscordOptions>()
            .BindConfiguration(DiscordOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton<DiscordClientFactory>();
        services.TryAddSingleton<DiscordConnection>();
        services.TryAddSingleton<DiscordEvents>();
        services.TryAddSingleton<CommandRegistration>();
        services.TryAddSingleton<IChannelMessenger>(provider => new DiscordChannelMessenger(provider.GetRequiredService<DiscordConnection>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, DiscordBotService>());
        return services;
    }
}
