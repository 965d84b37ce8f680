namespace NewsBot.Core.Indexing;

/// <summary>One index generation on disk: the live one, or a previous one kept for a rollback.</summary>
/// <param name="Name">Its folder name (sortable by creation time).</param>
/// <param name="Articles">How many articles it holds.</param>
/// <param name="IsLive">Whether questions are answered from it now.</param>
public sealed record IndexGeneration(string Name, int Articles, bool IsLive);
