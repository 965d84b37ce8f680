namespace NewsBot.Search.Indexing;

/// <summary>
/// Every read of the live index (a question, the recent list, the statistics) goes through here, so damage found only
/// while reading is handled one way: the generation is marked damaged and the read is tried once more on the previous
/// complete one; a second failure is one <see cref="IOException"/> line, never a stack trace.
/// </summary>
internal static class DamageFallback
{
    /// <summary>Runs <paramref name="read"/> on a lease (null when there is no readable index), falling back once as above.</summary>
    public static T Read<T>(this ISearcherLeases index, Func<SearcherLease?, T> read)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(read);
        for (var attempt = 1; ; attempt++)
        {
            var lease = index.AcquireSearcher();
            try
            {
                return read(lease);
            }
            catch (Exception exception) when (lease is { } failed && IndexReadFailure.Is(exception))
            {
                index.ReportReadFailure(failed, exception);
                if (attempt == 2)
                {
                    throw new IOException($"The index could not be read ({exception.Message.TrimEnd('.')}); rebuild it with reindex or bring back the previous one with reindex --rollback", exception);
                }
            }
            finally
            {
                lease?.Dispose();
            }
        }
    }
}
