using NewsBot.Core.Indexing;
using NewsBot.Core.Sources;
using NewsBot.Ingestion.Sources;
using NewsBot.Ingestion.Urls;
using NewsBot.Maintenance;

namespace NewsBot.CommandLine;

/// <summary>The first question on a new machine builds the index; the person asking is told so, in one line.</summary>
internal static class FirstUse
{
    /// <summary>Builds the index when it is missing or unusable, saying so on stderr first; the rebuild report, or null.</summary>
    public static async Task<RebuildReport?> EnsureIndexAsync(CliConsole console, IServiceProvider services, CancellationToken cancellationToken)
    {
        // The line goes to whoever runs the command (and any log it is piped to): a feed url's credentials stay hidden.
        var locations = string.Join(", ", services.Get<ISourceCatalogue>().Configured.Select(source => SourceLocations.Redact(source.Location)));
        var report = await services.Get<IndexBootstrapper>().EnsureReadyAsync(
            null,
            () => console.Error.WriteLine($"Building the index from {locations} (first use)..."),
            cancellationToken).ConfigureAwait(false);

        // A pointer file a power loss emptied or filled with garbage: answering goes on from the newest complete
        // generation, and the person is told in one line.
        if (services.Get<IIndexHealthCheck>().Recovery is { } recovery)
        {
            console.Error.WriteLine(recovery);
        }

        // Logs are off for a person at a terminal, so a source that could not be read is told here, or the answer
        // that follows ("not found") would look like the index's fault.
        foreach (var failed in report?.Sources.Where(source => source.Failure is not null) ?? [])
        {
            console.Error.WriteLine($"Source {failed.SourceName} could not be read: {failed.Failure}");
        }

        return report;
    }

    /// <summary>
    /// After a read: the one line saying that damage was found while reading and the previous complete generation took
    /// over, unless it is the line <paramref name="printed"/> already (logs are off for a person at a terminal).
    /// </summary>
    public static void PrintNewRecovery(CliConsole console, IServiceProvider services, string? printed)
    {
        if (services.Get<IIndexHealthCheck>().Recovery is { } recovery && recovery != printed)
        {
            console.Error.WriteLine(recovery);
        }
    }
}
