namespace NewsBot.Search.Indexing;

/// <summary>Where readers (questions, the recent list) borrow a searcher on the live index generation.</summary>
public interface ISearcherLeases
{
    /// <summary>Borrows a searcher on the live generation, or null when there is no readable index. Dispose it to hand it back.</summary>
    SearcherLease? AcquireSearcher();

    /// <summary>
    /// Says that reading through <paramref name="lease"/> failed with <paramref name="exception"/> (see
    /// <see cref="IndexReadFailure"/>): its generation is marked damaged, so the next lease comes from the previous
    /// complete one.
    /// </summary>
    void ReportReadFailure(SearcherLease lease, Exception exception)
    {
    }

    /// <summary>
    /// Whether the live generation holds sentence vectors, answered without opening it when it is not open yet (the folder
    /// is looked at), so a warm-up loads the model only for an index that will use it. A hint: right after a swap it
    /// may be wrong either way.
    /// </summary>
    bool MayHaveVectors => false;
}
