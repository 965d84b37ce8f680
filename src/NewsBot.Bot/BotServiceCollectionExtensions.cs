using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Bot.Handlers;
using NewsBot.Bot.Reindex;
using NewsBot.Bot.Runtime;
using NewsBot.Core.Answers;

namespace NewsBot.Bot;

/// <summary>Registers the bot: its options, policies, paging and handlers. A chat adapter (e.g. <c>AddDiscordBot</c>) connects them to a platform.</summary>
public static class BotServiceCollectionExtensions
{
    /// <summary>
    /// Adds the bot with <see cref="BotOptions"/> bound from the <c>Bot</c> section and validated at start. Expects the
    /// engine's ports (answerer, index, recent news), an <see cref="IReindexer"/> and the adapter's
    /// <see cref="Conversation.IChannelMessenger"/> to be registered as well. Services are registered with
    /// <c>TryAdd*</c> so tests can replace them.
    /// </summary>
    public static IServiceCollection AddNewsBot(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<BotOptions>()
            .BindConfiguration(BotOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton<CooldownTracker>();
        services.TryAddSingleton<QueryCooldown>();
        services.TryAddSingleton<AdminPolicy>();
        services.TryAddSingleton<PagingSessions<Answer>>();
        services.TryAddSingleton<PagingSessions<RecentPages>>();
        services.TryAddSingleton<BackgroundWork>();
        services.TryAddSingleton<ButtonExpiry>();
        services.TryAddSingleton<FatalStop>();
        services.TryAddSingleton<ReindexGate>();

        // No labels unless the host knows the configured sources (serve registers them from the Sources section).
        services.TryAddSingleton(SourceLabels.None);
        services.TryAddSingleton<CitationLabels>();
        services.TryAddSingleton<AskingService>();
        services.TryAddSingleton<AskHandler>();
        services.TryAddSingleton<RecentHandler>();
        services.TryAddSingleton<SourcesHandler>();
        services.TryAddSingleton<ReindexHandler>();
        services.TryAddSingleton<PageButtonHandler>();
        services.TryAddSingleton<AutocompleteHandler>();
        services.TryAddSingleton<InteractionRouter>();
        services.TryAddSingleton<MentionHandler>();
        return services;
    }
}
