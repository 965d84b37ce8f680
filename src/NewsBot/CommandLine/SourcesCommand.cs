using System.CommandLine;
using System.Text.Json;
using NewsBot.Core.Formatting;
using NewsBot.Core.Indexing;
using NewsBot.Maintenance;
using NewsBot.Maintenance.Status;
using NewsBot.Ingestion.Sources;
using NewsBot.Ingestion.Urls;

namespace NewsBot.CommandLine;

/// <summary><c>newsbot sources</c>: what is indexed, by outlet, and the configured sources.</summary>
internal static class SourcesCommand
{
    public static Command Create(CliContext context)
    {
        var console = context.Console;
        var json = new Option<bool>("--json") { Description = "Print the configured sources and the index statistics as JSON." };
        var command = new Command("sources", "List the configured sources and the outlets in the index with article counts and dates.") { json };
        command.SetAction((parse, cancellationToken) => VerbRunner.RunAsync(context, async (services, token) =>
        {
            var console = context.Console;
            await services.Get<IndexBootstrapper>().EnsureReadyAsync(null, token).ConfigureAwait(false);
            var recovery = services.Get<IIndexHealthCheck>().Recovery;
            var stats = services.Get<IIndexStatistics>().GetStats();
            FirstUse.PrintNewRecovery(console, services, recovery);
            var statuses = await services.Get<SourceStatusStore>().ReadAllAsync(token).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                var sources = services.Get<ISourceCatalogue>().Configured
                    .Select(source => new ConfiguredSource(
                        source.Name,
                        source.Kind.ToString().ToLowerInvariant(),
                        SourceLocations.Redact(source.Location),
                        source.Outlet,
                        source.Label,
                        statuses.FirstOrDefault(status => string.Equals(status.Name, source.Name, StringComparison.OrdinalIgnoreCase))))
                    .ToList();
                console.Out.WriteLine(JsonSerializer.Serialize(new SourcesListing(sources, stats), CliJsonContext.Default.SourcesListing));
                return ExitCodes.Success;
            }

            PrintSources(console.Out, services.Get<ISourceCatalogue>(), statuses, stats);
            PrintOutlets(console.Out, stats);
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    /// <summary>
    /// The sources the live index was built from (a <c>reindex --from</c> path included), each with its articles in the
    /// index and its last result; then the configured sources the index holds nothing from, so a configured folder
    /// never reads as the index's contents after a rebuild from elsewhere.
    /// </summary>
    private static void PrintSources(TextWriter output, ISourceCatalogue catalogue, IReadOnlyList<SourceStatus> statuses, IndexStats stats)
    {
        SourceStatus? StatusOf(string name) => statuses.FirstOrDefault(candidate => string.Equals(candidate.Name, name, StringComparison.OrdinalIgnoreCase));
        SourceOptions? Configured(string name) => catalogue.Configured.FirstOrDefault(source => string.Equals(source.Name, name, StringComparison.OrdinalIgnoreCase));

        output.WriteLine("Sources in the index:");
        if (stats.Sources.Count == 0)
        {
            output.WriteLine("  none");
        }

        foreach (var source in stats.Sources)
        {
            var status = StatusOf(source.Name);
            var configured = Configured(source.Name);
            var kind = status?.Kind ?? configured?.Kind.ToString().ToLowerInvariant() ?? "folder";
            var location = status?.Location ?? configured?.Location ?? source.Name;
            output.WriteLine($"  {source.Name} ({kind}, {SourceLocations.Redact(location)}{(configured is null ? ", not configured" : string.Empty)}): {Plural.Count(source.Articles, "article")} in the index{LastResult(status)}");
            PrintLastError(output, status);
        }

        var absent = catalogue.Configured.Where(source => !stats.Sources.Any(indexed => string.Equals(indexed.Name, source.Name, StringComparison.OrdinalIgnoreCase))).ToList();
        if (absent.Count > 0)
        {
            output.WriteLine("Configured, with nothing in the index:");
            foreach (var source in absent)
            {
                var status = StatusOf(source.Name);
                // No run has read it (not the first build, a reindex, a refresh, nor a --from of its folder), or its
                // last read found nothing, or the index was rebuilt from other sources since.
                var result = status is null ? "never read by a reindex or refresh" : LastResult(status).TrimStart(';', ' ');
                output.WriteLine($"  {source.Name} ({source.Kind.ToString().ToLowerInvariant()}, {SourceLocations.Redact(source.Location)}): {result}");
                PrintLastError(output, status);
            }
        }

        output.WriteLine();
    }

    // "; last success …, N articles read, newest item …", or nothing when no run recorded the source.
    private static string LastResult(SourceStatus? status)
    {
        if (status is null)
        {
            return string.Empty;
        }

        var success = status.LastSuccess is { } last ? Moment(last) : "never";
        return $"; last success {success}, {(status.ArticlesRead is { } read ? Plural.Count(read, "article") : "no articles")} read, newest item {DisplayFormat.Date(status.NewestItem)}";
    }

    private static void PrintLastError(TextWriter output, SourceStatus? status)
    {
        if (status?.LastError is { } error)
        {
            var state = status.IsFailing ? $"FAILING ({Plural.Number(status.ConsecutiveFailures)} in a row)" : "recovered";
            output.WriteLine($"      last error {Moment(status.LastErrorAt)}: {error} [{state}]");
        }
    }

    private static string Moment(DateTimeOffset? moment)
        => moment?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture) ?? "unknown";

    /// <summary>What the index holds, by outlet.</summary>
    private static void PrintOutlets(TextWriter output, IndexStats stats)
    {
        output.WriteLine($"Index: {Plural.Count(stats.Articles, "article")}, {Plural.Count(stats.Passages, "passage")}, newest {DisplayFormat.Date(stats.Newest)}, oldest {DisplayFormat.Date(stats.Oldest)}.");
        if (stats.Outlets.Count == 0)
        {
            return;
        }

        var width = Math.Max("outlet".Length, stats.Outlets.Max(outlet => outlet.Outlet.Length));
        output.WriteLine($"  {"outlet".PadRight(width)}  articles  newest       oldest");
        foreach (var outlet in stats.Outlets.OrderByDescending(outlet => outlet.Articles))
        {
            output.WriteLine($"  {outlet.Outlet.PadRight(width)}  {Plural.Number(outlet.Articles),8}  {DisplayFormat.Date(outlet.Newest),-11}  {DisplayFormat.Date(outlet.Oldest)}");
        }
    }
}
