using System.Globalization;
using NewsBot.Maintenance;

namespace NewsBot.CommandLine;

/// <summary>
/// The last stage of <c>newsbot reindex</c>: the sentence vectors of the index just made live, with their own progress.
/// The lexical index already answers questions; stopped here (Ctrl+C), what was computed is kept for the next run.
/// </summary>
internal static class VectorStage
{
    /// <summary>
    /// Computes the vectors; false when Ctrl+C stopped it, after saying in one line what that keeps (the new index is
    /// already live, so "the index is as it was", the message of a stopped rebuild, would be wrong here).
    /// </summary>
    public static async Task<bool> RunAsync(CliConsole console, IndexMaintenance maintenance, bool quiet, CancellationToken cancellationToken)
    {
        try
        {
            await EmbedAsync(console, maintenance, quiet, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.WriteError("stopped; the new index is live and answers, the sentence vectors computed so far are kept, and the next reindex or serve computes the rest.");
            return false;
        }
    }

    private static async Task EmbedAsync(CliConsole console, IndexMaintenance maintenance, bool quiet, CancellationToken cancellationToken)
    {
        if (!quiet)
        {
            console.Out.WriteLine("Computing sentence vectors (questions are answered meanwhile; Ctrl+C stops and keeps what is done)...");
        }

        // Another reindex computing this index's vectors is waited for (then little is left), said in one line.
        var update = await ProgressDisplay.RunAsync(console, progress => maintenance.EmbedVectorsAsync(
            besideQuestions: false,
            progress,
            () => console.Error.WriteLine("Another newsbot process is computing this index's sentence vectors; waiting for it to finish (Ctrl+C stops, and the index already answers)."),
            cancellationToken)).ConfigureAwait(false);
        if (quiet)
        {
            return;
        }

        var reused = update.Sentences - update.Embedded - update.Missing;
        console.Out.WriteLine(update.Missing == 0
            ? string.Create(CultureInfo.InvariantCulture, $"Sentence vectors: {Plural.Count(update.Embedded, "sentence")} embedded, {reused:N0} reused; every sentence has one ({update.Elapsed.TotalSeconds:0.0} s).")
            : string.Create(CultureInfo.InvariantCulture, $"Sentence vectors: {Plural.Count(update.Embedded, "sentence")} embedded, {update.Missing:N0} still without one (serve or the next reindex computes them)."));
    }
}
