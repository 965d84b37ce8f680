using Microsoft.Extensions.Hosting;
using NewsBot.Maintenance;

namespace NewsBot.Hosting;

/// <summary>
/// Makes sure the index exists before the bot connects: on a new machine, or after the index was damaged, it is built
/// from the configured sources first, so the first question is answered from a real index.
/// </summary>
public sealed class IndexWarmupService(IndexBootstrapper bootstrapper) : IHostedLifecycleService
{
    /// <summary>Runs before any hosted service starts, the gateway included.</summary>
    public Task StartingAsync(CancellationToken cancellationToken) => bootstrapper.EnsureReadyAsync(null, cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
