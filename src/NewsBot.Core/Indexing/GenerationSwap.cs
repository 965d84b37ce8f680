namespace NewsBot.Core.Indexing;

/// <summary>A built generation about to replace the live one, for a caller that may refuse the swap (one much smaller, say).</summary>
/// <param name="LiveArticles">Articles in the live generation (0 when there is none).</param>
/// <param name="NewArticles">Articles in the generation just built.</param>
public sealed record GenerationSwap(int LiveArticles, int NewArticles)
{
    /// <summary>Articles of the live generation that the new one lacks (what swapping would remove).</summary>
    public int Removed { get; init; }
}
