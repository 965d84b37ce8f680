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

        // The client logs routes as templates itself; the factory's own logging would write interaction tokens
        // (they are in the request paths), so it is removed.
        services.AddHttpClient<DiscordRestClient>().RemoveAllLoggers();
    }
}
