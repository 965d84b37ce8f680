using NewsBot.Core.Articles;
using NewsBot.Core.Sources;

namespace NewsBot.Ingestion.Dedup;

/// <summary>The articles kept after dedup, and one skipped item per dropped duplicate.</summary>
/// <param name="Kept">The first article of each group of duplicates, in input order, crediting the other carriers' outlets.</param>
/// <param name="Duplicates">The dropped duplicates, each naming the article it duplicates and why.</param>
public sealed record DeduplicationResult(IReadOnlyList<Article> Kept, IReadOnlyList<SkippedItem> Duplicates)
{
    /// <summary>The fingerprint of each kept article, in the same order, for the analyser to reuse.</summary>
    public IReadOnlyList<TextFingerprint> KeptFingerprints { get; init; } = [];
}
