namespace NewsBot.Core.Indexing;

/// <summary>Progress of a long index operation, for progress bars and Discord status edits.</summary>
/// <param name="Stage">What is happening, in a few words ("reading corpus.jsonl", "analyzing", "swapping").</param>
/// <param name="Done">Units finished.</param>
/// <param name="Total">Units in all, when known (while a source is read, how many articles it holds is not).</param>
public sealed record IndexProgress(string Stage, int Done, int? Total)
{
    /// <summary>What <see cref="Done"/> and <see cref="Total"/> count, in the plural: articles unless said otherwise.</summary>
    public string Unit { get; init; } = "articles";

    /// <summary>The unit as it reads after <paramref name="count"/>: "1 article", "3 articles".</summary>
    public string UnitAfter(int count) => count == 1 && Unit.EndsWith('s') ? Unit[..^1] : Unit;
}
