using System.Runtime.ExceptionServices;

namespace NewsBot.Core.Concurrency;

/// <summary>
/// Runs independent pieces of one batch on every core, and fails the way the same loop on one thread would: with the
/// exception a piece threw (the first one), not an <see cref="AggregateException"/> wrapping it, so callers, their
/// catch clauses and the logs see what went wrong.
/// </summary>
public static class ParallelWork
{
    /// <summary>Calls <paramref name="body"/> for 0 to <paramref name="count"/> − 1, at most <paramref name="maxParallel"/> at once (default: one per core).</summary>
    public static void For(int count, Action<int> body, CancellationToken cancellationToken, int? maxParallel = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        var options = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = maxParallel ?? Environment.ProcessorCount,
        };
        try
        {
            Parallel.For(0, count, options, body);
        }
        catch (AggregateException aggregate)
        {
            ExceptionDispatchInfo.Capture(aggregate.InnerExceptions[0]).Throw();
            throw;
        }
    }
}
