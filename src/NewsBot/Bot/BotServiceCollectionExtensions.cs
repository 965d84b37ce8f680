using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using NewsBot.Bot.Discord;
using NewsBot.Bot.Handlers;
using NewsBot.Bot.Reindex;
using NewsBot.Bot.Runtime;
using NewsBot.Core.Answers;

namespace NewsBot.Bot;

/// <summary>Registers the bot: its options, handlers, the adapter over the Discord client and the service that connects them to the gateway.</summary>
public static class BotServiceCollectionExtensions
{
    /// <summary>
    /// Adds the bot with <see cref="BotOptions"/> bound from the <c>Bot</c> section and validated at start. Expects the
    /// engine (<c>AddNewsEngine</c>) and the Discord client (<c>AddDiscordClient</c>) to be registered as well.
    /// Services are registered with <c>TryAdd*</c> so tests can replace them.
    /// </summary>
    public static IServiceCollection AddNewsBot(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<BotOptions>()
            .BindConfiguration(BotOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton<DiscordRestSeam>();
        services.TryAddSingleton<IInteractionResponder>(provider => provider.GetRequiredService<DiscordRestSeam>());
        services.TryAddSingleton<IChannelMessenger>(provider => provider.GetRequiredService<DiscordRestSeam>());
        services.TryAddSingleton<ICommandRegistrar>(provider => provider.GetRequiredService<DiscordRestSeam>());

        services.TryAddSingleton<CooldownTracker>();
        services.TryAddSingleton<AdminPolicy>();
        services.TryAddSingleton<PagingSessions<Answer>>();
        services.TryAddSingleton<PagingSessions<RecentPages>>();
        services.TryAddSingleton<BotIdentity>();
        services.TryAddSingleton<BackgroundWork>();
        services.TryAddSingleton<ButtonExpiry>();
        services.TryAddSingleton<FatalStop>();
        services.TryAddSingleton<CommandRegistration>();
        services.TryAddSingleton<ReindexGate>();
        services.TryAddSingleton<IReindexer, EngineReindexer>();

        services.TryAddSingleton<AskHandler>();
        services.TryAddSingleton<RecentHandler>();
        services.TryAddSingleton<SourcesHandler>();
        services.TryAddSingleton<ReindexHandler>();
        services.TryAddSingleton<PageButtonHandler>();
        services.TryAddSingleton<AutocompleteHandler>();
        services.TryAddSingleton<InteractionRouter>();
        services.TryAddSingleton<MentionHandler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, DiscordBotService>());
        return services;
    }
}
