namespace NewsBot.Search.Indexing;

/// <summary>What the index remembers of an article to tell an update from an unchanged re-read, and whom it credits.</summary>
internal sealed record IndexedArticle(string Id, string ContentHash, string MetadataHash, IReadOnlyList<string> AlsoCarriedBy);
