namespace NewsBot.Search.Indexing;

/// <summary>Where readers (questions, the recent list) borrow a searcher on the live index generation.</summary>
public interface ISearcherLeases
{
    /// <summary>Borrows a searcher on the live generation, or null when there is no readable index. Dispose it to hand it back.</summary>
    SearcherLease? AcquireSearcher();
}
