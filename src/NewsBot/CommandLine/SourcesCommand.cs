using System.CommandLine;
using System.Text.Json;
using NewsBot.Core.Indexing;
using NewsBot.Engine;
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
            var stats = services.Get<INewsIndex>().GetStats();
            if (parse.GetValue(json))
            {
                console.Out.WriteLine(JsonSerializer.Serialize(stats, CliJsonContext.Default.IndexStats));
                return ExitCodes.Success;
            }

            Print(console.Out, stats, services.Get<IArticleSourceProvider>());
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static void Print(TextWriter output, IndexStats stats, IArticleSourceProvider provider)
    {
        output.WriteLine($"Configured sources: {string.Join(", ", provider.GetSources().Select(source => source.Name))}");
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
