using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Hosting;
using NewsBot.Testing.Discord;
using NewsBot.Testing.Discord.Gateway;
using Xunit.Abstractions;

namespace NewsBot.Discord.Tests.Gateway;

/// <summary>A stand-in on 127.0.0.1 and a gateway client pointed at it, with every event and log line recorded.</summary>
internal sealed class GatewayHarness : IAsyncDisposable
{
    /// <summary>Short windows so limits and retries take milliseconds, not Discord's seconds.</summary>
    public static readonly GatewaySettings FastSettings = new()
    {
        InitialBackoff = TimeSpan.FromMilliseconds(20),
        MaxBackoff = TimeSpan.FromMilliseconds(400),
        IdentifyWindow = TimeSpan.FromMilliseconds(100),
    };

    private readonly ILoggerFactory _loggerFactory;

    private GatewayHarness(DiscordStandIn standIn, DiscordGatewayClient client, FakeLogCollector logs, ILoggerFactory loggerFactory, DiscordOptions options)
    {
        StandIn = standIn;
        Client = client;
        Logs = logs;
        _loggerFactory = loggerFactory;
        Options = options;
        Events = new EventRecorder(client);
    }

    public DiscordStandIn StandIn { get; }
    public StandInGateway Gateway => StandIn.Gateway;
    public DiscordGatewayClient Client { get; }
    public FakeLogCollector Logs { get; }
    public EventRecorder Events { get; }
    public DiscordOptions Options { get; }

    public static async Task<GatewayHarness> CreateAsync(
        ITestOutputHelper? output,
        Action<DiscordOptions>? configure = null,
        Action<StandInGateway>? configureGateway = null,
        TimeProvider? time = null,
        GatewaySettings? settings = null,
        int seed = 1)
    {
        var standIn = await DiscordStandIn.StartAsync();
        // A heartbeat every 2 s keeps within the 120-per-minute send limit the stand-in enforces, leaves room for ACKs on a loaded machine (no false zombies) and keeps tests short.
        standIn.Gateway.HeartbeatInterval = TimeSpan.FromSeconds(2);
        configureGateway?.Invoke(standIn.Gateway);
        var options = new DiscordOptions { Token = standIn.Token, ApiBaseUrl = standIn.ApiBaseUrl };
        configure?.Invoke(options);
        var logs = TestLogs.Collector(output);
        var loggerFactory = TestLogs.Factory(logs);
        var client = new DiscordGatewayClient(
            options,
            new GatewayInfoClient(new PlainHttpClientFactory(), options.ApiBaseUrl, options.Token),
            new WebSocketGatewayTransportFactory(),
            time ?? TimeProvider.System,
            new Random(seed),
            loggerFactory.CreateLogger<DiscordGatewayClient>(),
            settings ?? FastSettings);
        return new GatewayHarness(standIn, client, logs, loggerFactory, options);
    }

    /// <summary>Starts the client and waits for its first READY.</summary>
    public async Task StartAndWaitForReadyAsync()
    {
        await Client.StartAsync(CancellationToken.None);
        await Events.WaitUntilAsync(e => e.Ready.Count >= 1, "READY");
    }

    /// <summary>Waits for the client to stop for good and returns why.</summary>
    public async Task<DiscordGatewayException> WaitForFatalAsync()
    {
        var completion = Client.Completion;
        await Task.WhenAny(completion, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(completion.IsFaulted, "the client should have stopped with an error");
        return Assert.IsType<DiscordGatewayException>(completion.Exception!.InnerException);
    }

    public async ValueTask DisposeAsync()
    {
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            await Client.StopAsync(stop.Token);
        }

        await StandIn.DisposeAsync();
        _loggerFactory.Dispose();
    }

    private sealed class PlainHttpClientFactory : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new();
    }
}
