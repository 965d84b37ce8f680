using Microsoft.Extensions.Hosting;

namespace NewsBot.Testing.Hosting;

/// <summary>An application lifetime nothing stops: a stop request is only recorded, for a test to check.</summary>
public sealed class RecordingLifetime : IHostApplicationLifetime
{
    public CancellationToken ApplicationStarted => CancellationToken.None;

    public CancellationToken ApplicationStopping => CancellationToken.None;

    public CancellationToken ApplicationStopped => CancellationToken.None;

    /// <summary>Whether anything asked the application to stop.</summary>
    public bool Stopped { get; private set; }

    public void StopApplication() => Stopped = true;
}
