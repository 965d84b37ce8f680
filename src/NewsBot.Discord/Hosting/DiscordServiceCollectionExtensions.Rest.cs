using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Hosting;

public static partial class DiscordServiceCollectionExtensions
{
    static partial void AddRest(IServiceCollection services)
    {
        services.AddOptions<DiscordRestOptions>()
            .BindConfiguration(DiscordRestOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        // One limiter per process: rate limits belong to the bot token, not to one HttpClient instance.
        services.TryAddSingleton(sp => new DiscordRateLimiter(
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<DiscordRestOptions>>().Value.GlobalRequestsPerSecond));
        services.TryAddSingleton<InvalidRequestGuard>();
        services.TryAddTransient<DiscordRateLimitHandler>();

        // The client logs routes as templates itself; the factory's own logging would write interaction tokens
        // (they are in the request paths), so it is removed. Outermost the retry policy, inside it the rate limits,
        // so every attempt waits for its bucket.
        var http = services.AddHttpClient(DiscordRestClient.HttpClientName, (sp, client) =>
                DiscordRestClient.ConfigureHttpClient(client, sp.GetRequiredService<IOptions<DiscordOptions>>().Value))
            .RemoveAllLoggers();
        http.AddResilienceHandler("discord-rest", (builder, context) => DiscordRetryPolicy.Configure(builder, context.ServiceProvider));
        http.AddHttpMessageHandler<DiscordRateLimitHandler>();

        // A singleton over the factory: every caller shares it, and the factory still rotates its handlers.
        services.TryAddSingleton<DiscordRestClient>();
    }
}
