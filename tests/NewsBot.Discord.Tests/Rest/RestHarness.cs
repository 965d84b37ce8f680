using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NewsBot.Discord.Hosting;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;
using NewsBot.Testing.Discord;

namespace NewsBot.Discord.Tests.Rest;

/// <summary>A stand-in Discord on loopback and a REST client wired to it through <c>AddDiscordClient</c>, as the bot does.</summary>
internal sealed class RestHarness : IAsyncDisposable
{
    public static readonly Snowflake ApplicationId = new(1100000000000000001);

    private readonly ServiceProvider _services;

    private RestHarness(DiscordStandIn standIn, ServiceProvider services, FakeLogCollector logs)
    {
        StandIn = standIn;
        _services = services;
        Logs = logs;
    }

    public DiscordStandIn StandIn { get; }

    public FakeLogCollector Logs { get; }

    public DiscordRestClient Client => _services.GetRequiredService<DiscordRestClient>();

    public static async Task<RestHarness> StartAsync(
        string? clientToken = null,
        Microsoft.Extensions.Hosting.IHostApplicationLifetime? lifetime = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        TimeProvider? standInClock = null,
        TimeProvider? clientClock = null)
    {
        var standIn = await DiscordStandIn.StartAsync("Nzk5.secret-bot-token.for-tests", clock: standInClock);
        var logs = TestLogs.Collector();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Discord:Token"] = clientToken ?? standIn.Token,
                ["Discord:ApiBaseUrl"] = standIn.ApiBaseUrl.ToString(),
                ["Discord:Rest:ServerErrorBackoff"] = "00:00:00.020",
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build());
        services.AddLogging(b => b.AddProvider(new FakeLoggerProvider(logs)).SetMinimumLevel(LogLevel.Trace));
        if (clientClock is not null)
        {
            services.AddSingleton(clientClock);
        }

        if (lifetime is not null)
        {
            services.AddSingleton(lifetime);
        }

        services.AddDiscordClient();
        return new RestHarness(standIn, services.BuildServiceProvider(), logs);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await StandIn.DisposeAsync();
    }
}
