using System.CommandLine;
using System.Text.Json;
using NewsBot.Core.Indexing;
using NewsBot.Core.Sources;
using NewsBot.Ingestion.Sources;
using NewsBot.Maintenance;

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
        var source = new Option<string?>("--source")
        {
            Description = "Refresh only the configured source with this name (a folder's articles it no longer holds are removed; a feed's are kept unless --prune).",
        };
        var prune = new Option<bool>("--prune")
        {
            Description = "Remove the articles feeds no longer offer (kept as an archive otherwise, see Sources:N:KeepDays); refreshes every source, or the --source one, in place.",
        };
        var json = new Option<bool>("--json") { Description = "Print the summary as JSON." };
        var rollback = new Option<bool>("--rollback")
        {
            Description = "Bring back the index as it was before the last rebuild (kept per Index:KeepGenerations), atomically.",
        };
        var allowShrink = new Option<bool>("--allow-shrink")
        {
            Description = "Swap in the rebuilt index even if it would be empty or hold fewer than half of the articles indexed now.",
        };
        var noVectors = new Option<bool>("--no-vectors")
        {
            Description = "Stop once the new index is live, leaving its sentence vectors to serve or the next reindex (questions are answered on words alone until then).",
        };
        var command = new Command("reindex", "Rebuild the index from the sources; questions keep being answered from the old index until the new one is swapped in.")
        {
            from, source, prune, allowShrink, noVectors, rollback, json,
        };
        command.SetAction((parse, cancellationToken) => parse.GetValue(rollback) ? RollbackAsync(context, parse, cancellationToken) : RunAsync(
            context,
            parse.GetValue(from) ?? [],
            parse.GetValue(source),
            parse.GetValue(prune),
            parse.GetValue(allowShrink),
            parse.GetValue(json),
            parse.GetValue(noVectors),
            cancellationToken));
        return command;
    }

    private static Task<int> RunAsync(
        CliContext context, string[] from, string? sourceName, bool prune, bool allowShrink, bool json, bool noVectors, CancellationToken cancellationToken)
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

        if (from.Length > 0 && prune)
        {
            console.WriteError("--prune works on the configured sources, not on --from paths (a rebuild from paths holds only what they hold).");
            return Task.FromResult(ExitCodes.BadInput);
        }

        return VerbRunner.RunAsync(context, async (services, token) =>
        {
            var catalogue = services.Get<ISourceCatalogue>();
            if (sourceName is not null && catalogue.FindOptions(sourceName) is null)
            {
                console.WriteError($"no source named '{sourceName}'. Configured sources: {string.Join(", ", catalogue.Configured.Select(candidate => candidate.Name))}.");
                return ExitCodes.BadInput;
            }

            var mode = prune ? RefreshMode.Prune : RefreshMode.Full;
            var request = sourceName is not null ? MaintenanceRequest.RefreshSource(sourceName, mode)
                : prune ? MaintenanceRequest.RefreshAll(RefreshMode.Prune)
                : from.Length > 0 ? MaintenanceRequest.RebuildFrom(from)
                : MaintenanceRequest.RebuildAll();
            var report = await ProgressDisplay.RunAsync(console, progress =>
                services.Get<IndexMaintenance>().RunAsync(request with { AllowShrink = allowShrink }, progress, token)).ConfigureAwait(false);
            var exitCode = Finish(console, report, json);
            var maintenance = services.Get<IndexMaintenance>();
            if (!noVectors && maintenance.ComputesVectors && !await VectorStage.RunAsync(console, maintenance, quiet: json, token).ConfigureAwait(false))
            {
                return ExitCodes.Failure;
            }

            return exitCode;
        }, cancellationToken);
    }

    private static Task<int> RollbackAsync(CliContext context, ParseResult parse, CancellationToken cancellationToken)
    {
        var console = context.Console;
        if (parse.Tokens.Any(token => token.Value is "--from" or "--source" or "--prune" or "--allow-shrink" or "--no-vectors"))
        {
            console.WriteError("--rollback takes no other option: it brings back the previous index as it was.");
            return Task.FromResult(ExitCodes.BadInput);
        }

        return VerbRunner.RunAsync(context, async (services, token) =>
        {
            var live = await services.Get<IndexMaintenance>().RollbackAsync(token).ConfigureAwait(false);
            if (live is null)
            {
                console.WriteError("no previous index is kept, so there is nothing to roll back to; the index was not changed.");
                return ExitCodes.Failure;
            }

            console.Out.WriteLine($"Rolled back: the index before the last rebuild is live again ({Plural.Count(live.Articles, "article")}). Run reindex --rollback again to undo this.");
            return ExitCodes.Success;
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
