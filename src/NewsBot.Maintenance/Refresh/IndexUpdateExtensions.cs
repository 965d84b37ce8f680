using NewsBot.Core.Indexing;

namespace NewsBot.Maintenance.Refresh;

/// <summary>Adds up index updates from several steps.</summary>
public static class IndexUpdateExtensions
{
    /// <summary>The sum of two updates.</summary>
    public static IndexUpdate Plus(this IndexUpdate left, IndexUpdate right) => new(
        left.Added + right.Added,
        left.Updated + right.Updated,
        left.Unchanged + right.Unchanged,
        left.Removed + right.Removed,
        left.Passages + right.Passages);
}
