using System.Diagnostics;
using Lucene.Net.Index;

namespace NewsBot.Search.Indexing;

/// <summary>
/// Tells a read that failed inside Lucene (damage found only while answering: random bytes in a terms file make it throw
/// "Invalid VInt32", an index out of range, or "Doc ids must be added in-order") from any other failure. Such a
/// generation cannot be trusted for the next question either.
/// </summary>
internal static class IndexReadFailure
{
    private static readonly System.Reflection.Assembly Lucene = typeof(IndexReader).Assembly;

    /// <summary>Whether <paramref name="exception"/> is a damaged index's: Lucene's own corruption errors, or any error thrown from within Lucene's code.</summary>
    public static bool Is(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is OperationCanceledException or ObjectDisposedException or ArgumentNullException or OutOfMemoryException)
        {
            return false;
        }

        return IndexCorruption.IsUnreadable(exception)
            || new StackTrace(exception, fNeedFileInfo: false).GetFrames().Any(frame => frame.GetMethod()?.DeclaringType?.Assembly == Lucene);
    }
}
