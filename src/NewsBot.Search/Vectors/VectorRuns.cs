using NewsBot.Core.Concurrency;

namespace NewsBot.Search.Vectors;

/// <summary>
/// How a vector pass feeds the model: sentences grouped into runs of like length (a run is padded to its longest
/// sentence), and the runs embedded on every core, each worker taking the next run as soon as it is free, so no core
/// waits for another between runs.
/// </summary>
internal static class VectorRuns
{
    /// <summary>
    /// The runs, in the order to embed them: sorted by length, cut into groups of <paramref name="groupSize"/> (what one
    /// save holds) taken in an order that spreads short and long groups over the pass (a stride near 0.618 of their
    /// count, prime to it), so the rate the progress shows, and the time left it estimates, hold from start to end;
    /// each group cut into runs of <paramref name="runSize"/>.
    /// </summary>
    public static int[][] Plan(IReadOnlyList<PreparedSentence> prepared, int groupSize, int runSize)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        var groups = Enumerable.Range(0, prepared.Count).OrderBy(i => prepared[i].Length).Chunk(groupSize).ToArray();
        var stride = Math.Max(1, (int)(groups.Length * 0.618));
        while (GreatestCommonDivisor(stride, groups.Length) > 1)
        {
            stride++;
        }

        return [.. Enumerable.Range(0, groups.Length).SelectMany(i => groups[(int)((long)i * stride % groups.Length)].Chunk(runSize))];
    }

    /// <summary>Embeds every run, at most <paramref name="maxParallel"/> at once, handing each run's vectors to <paramref name="done"/> as it ends.</summary>
    public static void Embed(
        ISentenceEmbedder embedder,
        IReadOnlyList<PreparedSentence> prepared,
        int[][] runs,
        Action<int[], float[][]> done,
        int maxParallel,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(done);
        var next = -1;
        ParallelWork.For(
            Math.Min(maxParallel, runs.Length),
            _ =>
            {
                int r;
                while ((r = Interlocked.Increment(ref next)) < runs.Length)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    done(runs[r], embedder.EmbedPrepared([.. runs[r].Select(i => prepared[i])], cancellationToken));
                }
            },
            cancellationToken,
            maxParallel);
    }

    private static int GreatestCommonDivisor(int a, int b) => b == 0 ? a : GreatestCommonDivisor(b, a % b);
}
