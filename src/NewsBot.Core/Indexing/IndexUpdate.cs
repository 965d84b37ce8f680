namespace NewsBot.Core.Indexing;

/// <summary>What an index update changed.</summary>
/// <param name="Added">Articles new to the index.</param>
/// <param name="Updated">Articles already indexed whose text or metadata changed.</param>
/// <param name="Unchanged">Articles already indexed exactly as given.</param>
/// <param name="Removed">Articles taken out of the index.</param>
/// <param name="Passages">Passages written.</param>
public sealed record IndexUpdate(int Added, int Updated, int Unchanged, int Removed, int Passages)
{
    public static IndexUpdate None { get; } = new(0, 0, 0, 0, 0);
}
