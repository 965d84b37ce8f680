using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Discord.Gateway;

namespace NewsBot.Discord.Hosting;

/// <summary>
/// Runs the <see cref="DiscordGatewayClient"/> for the host's lifetime: starts it with the host, closes it cleanly
/// (1000) on shutdown, and stops the application with one clear log line when Discord refuses the bot for good.
/// </summary>
public sealed class DiscordGatewayHostedService : IHostedService
{
    private readonly DiscordGatewayClient _client;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<DiscordGatewayHostedService> _logger;
    private Task _watch = Task.CompletedTask;

    public DiscordGatewayHostedService(DiscordGatewayClient client, IHostApplicationLifetime lifetime, ILogger<DiscordGatewayHostedService> logger)
    {
        _client = client;
        _lifetime = lifetime;
        _logger = logger;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _client.StartAsync(cancellationToken).ConfigureAwait(false);
        _watch = WatchAsync();
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _client.StopAsync(cancellationToken).ConfigureAwait(false);
        await _watch.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task WatchAsync()
    {
        try
        {
            await _client.Completion.ConfigureAwait(false);
        }
        catch (DiscordGatewayException ex)
        {
            Log.GatewayStopped(_logger, ex.Message);
            _lifetime.StopApplication();
        }
    }
}
