using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NewsBot.Bot.Runtime;

/// <summary>
/// Stops the bot when it cannot go on and retrying would not help (Discord refused the token), keeping the one
/// sentence that explains why for <c>newsbot serve</c> to print and exit with 1.
/// </summary>
public sealed class FatalStop(IHostApplicationLifetime lifetime, ILogger<FatalStop> logger)
{
    private string? _reason;

    /// <summary>Why the bot stopped, or null when nothing fatal happened.</summary>
    public string? Reason => Volatile.Read(ref _reason);

    /// <summary>Records <paramref name="reason"/> (the first one wins) and stops the application.</summary>
    public void Stop(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (Interlocked.CompareExchange(ref _reason, reason, null) is null)
        {
            Log.Fatal(logger, reason);
        }

        lifetime.StopApplication();
    }
}
