using System.CommandLine;
using System.Text.Json;
using NewsBot.Core.Indexing;
using NewsBot.Engine;
using NewsBot.Ingestion.Scheduling;
using NewsBot.Ingestion.Sources;

namespace NewsBot.CommandLine;

/// <summary><c>newsbot sources</c>: what is indexed, by outlet, and the configured sources.</summary>
internal static class SourcesCommand
{
    public static Command Create(CliContext context)
    {
        var console = context.Console;
        var json = new Option<bool>("--json") { Description = "Print the index statistics as JSON." };
        var command = new Command("sources", "List the configured sources and the outlets in the index with article counts and dates.") { json };
        command.SetAction((parse, cancellationToken) => VerbRunner.RunAsync(context, async (services, token) =>
        {
            var console = context.Console;
            await services.Get<IndexBootstrapper>().EnsureReadyAsync(null, token).ConfigureAwait(false);
            var stats = services.Get<IIndexStatistics>().GetStats();
            if (parse.GetValue(json))
            {
                console.Out.WriteLine(JsonSerializer.Serialize(stats, CliJsonContext.Default.IndexStats));
                return ExitCodes.Success;
            }

            var statuses = await services.Get<SourceStatusStore>().ReadAllAsync(token).ConfigureAwait(false);
            PrintSources(console.Out, services.Get<IArticleSourceProvider>(), statuses);
            PrintOutlets(console.Out, stats);
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    /// <summary>Each configured source with the result of its last refresh or reindex, failures included.</summary>
    private static void PrintSources(TextWriter output, IArticleSourceProvider provider, IReadOnlyList<SourceStatus> statuses)
    {
        output.WriteLine("Sources:");
        foreach (var source in provider.GetSources())
        {
            var status = statuses.FirstOrDefault(candidate => string.Equals(candidate.Name, source.Name, StringComparison.OrdinalIgnoreCase));
            if (status is null)
            {
                output.WriteLine($"  {source.Name}: not refreshed yet");
                continue;
            }

            var success = status.LastSuccess is { } last ? Moment(last) : "never";
            output.WriteLine(
                $"  {source.Name} ({status.Kind}, {status.Location}): last success {success}, " +
                $"{status.ArticlesRead?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no"} articles read, newest item {TextFormat.Date(status.NewestItem)}");
            if (status.LastError is { } error)
            {
                var state = status.IsFailing ? $"FAILING ({status.ConsecutiveFailures} in a row)" : "recovered";
                output.WriteLine($"      last error {Moment(status.LastErrorAt)}: {error} [{state}]");
            }
        }

        output.WriteLine();
    }

    private static string Moment(DateTimeOffset? moment)
        => moment?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture) ?? "unknown";

    /// <summary>What the index holds, by outlet.</summary>
    private static void PrintOutlets(TextWriter output, IndexStats stats)
    {
        output.WriteLine($"Index: {stats.Articles} articles, {stats.Passages} passages, newest {TextFormat.Date(stats.Newest)}, oldest {TextFormat.Date(stats.Oldest)}.");
        if (stats.Outlets.Count == 0)
        {
            return;
        }

        var width = Math.Max("outlet".Length, stats.Outlets.Max(outlet => outlet.Outlet.Length));
        output.WriteLine($"  {"outlet".PadRight(width)}  articles  newest       oldest");
        foreach (var outlet in stats.Outlets.OrderByDescending(outlet => outlet.Articles))
        {
            output.WriteLine($"  {outlet.Outlet.PadRight(width)}  {outlet.Articles,8}  {TextFormat.Date(outlet.Newest),-11}  {TextFormat.Date(outlet.Oldest)}");
        }
    }
}
