using Microsoft.Extensions.Hosting;
using NewsBot.Bot.Discord.Connection;
using NewsBot.Bot.Runtime;

namespace NewsBot.Bot.Discord.Runtime;

/// <summary>
/// Runs the bot on Discord for the host: connects when the host starts, and on shutdown first lets the answers in
/// flight finish (the gateway still open, so they are delivered), then closes the connection.
/// </summary>
public sealed class DiscordBotService(DiscordConnection connection, DiscordEvents events, BackgroundWork work, ButtonExpiry expiry) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => connection.StartAsync(events.Attach, cancellationToken);

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs before any hosted service stops, so answers in flight are delivered while the gateway is still open.</summary>
    public Task StoppingAsync(CancellationToken cancellationToken)
    {
        expiry.Cancel();
        return work.DrainAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => connection.StopAsync(cancellationToken);

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
