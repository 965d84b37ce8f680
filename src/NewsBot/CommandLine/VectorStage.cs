using System.Globalization;
using NewsBot.Core.Indexing;

namespace NewsBot.CommandLine;

/// <summary>
/// The last stage of <c>newsbot reindex</c>: the sentence vectors of the index just made live, with their own progress.
/// The lexical index already answers questions; stopped here (Ctrl+C), what was computed is kept for the next run.
/// </summary>
internal static class VectorStage
{
    public static async Task RunAsync(CliConsole console, ISentenceVectorIndex vectors, bool quiet, CancellationToken cancellationToken)
    {
        if (!quiet)
        {
            console.Out.WriteLine("Computing sentence vectors (questions are answered meanwhile; Ctrl+C stops and keeps what is done)...");
        }

        var update = await ProgressDisplay.RunAsync(console, progress => vectors.EmbedMissingAsync(Environment.ProcessorCount, progress, cancellationToken)).ConfigureAwait(false);
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
