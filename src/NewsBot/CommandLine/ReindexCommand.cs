using System.CommandLine;
using System.Text.Json;
using NewsBot.Core.Sources;
using NewsBot.Engine;
using NewsBot.Ingestion.Refresh;
using NewsBot.Ingestion.Sources;

namespace NewsBot.CommandLine;

/// <summary><c>newsbot reindex</c>: rebuilds the index from the configured sources (or named folders), atomically.</summary>
internal static class ReindexCommand
{
    public static Command Create(CliContext context)
    {
        var console = context.Console;
        var from = new Option<string[]>("--from")
        {
            Description = "Index these folders or files instead of the configured sources (repeatable).",
            AllowMultipleArgumentsPerToken = false,
        };
        var source = new Option<string?>("--source") { Description = "Refresh only the configured source with this name (articles it no longer offers are removed)." };
        var json = new Option<bool>("--json") { Description = "Print the summary as JSON." };
        var command = new Command("reindex", "Rebuild the index from the sources; questions keep being answered from the old index until the new one is swapped in.")
        {
            from, source, json,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            context,
            parse.GetValue(from) ?? [],
            parse.GetValue(source),
            parse.GetValue(json),
            cancellationToken));
        return command;
    }

    private static Task<int> RunAsync(CliContext context, string[] from, string? sourceName, bool json, CancellationToken cancellationToken)
    {
        var console = context.Console;
        // Checked before the host starts, so a typo never touches the existing index.
        var missing = from.Where(path => !Directory.Exists(path) && !File.Exists(path)).ToList();
        if (missing.Count > 0)
        {
            console.WriteError($"--from path does not exist: {string.Join(", ", missing)}. The index was not changed.");
            return Task.FromResult(ExitCodes.BadInput);
        }

        if (from.Length > 0 && sourceName is not null)
        {
            console.WriteError("use either --from or --source, not both.");
            return Task.FromResult(ExitCodes.BadInput);
        }

        return VerbRunner.RunAsync(context, async (services, token) =>
        {
            var provider = services.Get<IArticleSourceProvider>();
            if (sourceName is not null)
            {
                var source = provider.GetSources().FirstOrDefault(candidate => string.Equals(candidate.Name, sourceName, StringComparison.OrdinalIgnoreCase));
                if (source is null)
                {
                    console.WriteError($"no source named '{sourceName}'. Configured sources: {string.Join(", ", provider.GetSources().Select(candidate => candidate.Name))}.");
                    return ExitCodes.BadInput;
                }

                var report = await ProgressDisplay.RunAsync(console, progress =>
                    services.Get<ISourceRefresher>().RefreshAsync(source, RefreshMode.Full, progress, token)).ConfigureAwait(false);
                var single = new RebuildReport([report], report.Update, Swapped: false, report.Elapsed);
                await services.Get<SourceStatusRecorder>().RecordAsync(single, token).ConfigureAwait(false);
                return Finish(console, single, json);
            }

            var sources = from.Length == 0
                ? provider.GetSources()
                : from.Select((path, index) => provider.Create(new SourceOptions { Name = $"from-{index + 1}", Location = path })).ToList();
            var rebuild = await ProgressDisplay.RunAsync(console, progress =>
                services.Get<IndexRebuilder>().RebuildAsync(sources, progress, token)).ConfigureAwait(false);
            if (from.Length == 0)
            {
                await services.Get<SourceStatusRecorder>().RecordAsync(rebuild, token).ConfigureAwait(false);
            }

            return Finish(console, rebuild, json);
        }, cancellationToken);
    }

    private static int Finish(CliConsole console, RebuildReport report, bool json)
    {
        if (json)
        {
            console.Out.WriteLine(JsonSerializer.Serialize(report, CliJsonContext.Default.RebuildReport));
        }
        else
        {
            ReindexSummaryPrinter.Print(console.Out, report);
        }

        return report.Succeeded ? ExitCodes.Success : ExitCodes.Failure;
    }
}
