using Microsoft.Extensions.DependencyInjection;

namespace NewsBot.Discord.Hosting;

/// <summary>Registers the Discord client: options, REST and gateway.</summary>
public static partial class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Discord client with options bound from the <see cref="DiscordOptions.SectionName"/> section and
    /// validated at start. Services are registered with <c>TryAdd*</c> so tests can replace them.
    /// </summary>
    public static IServiceCollection AddDiscordClient(this IServiceCollection services, Action<DiscordOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<DiscordOptions>()
            .BindConfiguration(DiscordOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        AddRest(services);
        AddGateway(services);
        return services;
    }

    /// <summary>Registers the REST client (implemented in <c>Rest/</c>).</summary>
    static partial void AddRest(IServiceCollection services);

    /// <summary>Registers the gateway client and shards (implemented in <c>Gateway/</c>).</summary>
    static partial void AddGateway(IServiceCollection services);
}
