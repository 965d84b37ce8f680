using Lucene.Net.Index;

namespace NewsBot.Search.Indexing;

/// <summary>Tells a damaged or missing index from a bug: only the former may trigger a rebuild from the sources.</summary>
internal static class IndexCorruption
{
    /// <summary>
    /// Whether <paramref name="exception"/> is what Lucene throws for an index that cannot be read: checksum and format
    /// errors, missing or truncated files (its EOF and IO family). Programming errors (invalid operations, bad
    /// arguments, out-of-range indexes) are not: treating them as corruption would rebuild the index over a bug.
    /// </summary>
    public static bool IsUnreadable(Exception exception) =>
        exception is CorruptIndexException
            or IndexFormatTooOldException
            or IndexFormatTooNewException
            or IndexNotFoundException
            or EndOfStreamException
            or IOException;
}
