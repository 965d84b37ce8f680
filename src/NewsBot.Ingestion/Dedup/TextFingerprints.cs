using NewsBot.Core.Articles;
using NewsBot.Ingestion.Text;

namespace NewsBot.Ingestion.Dedup;

/// <summary>The one rule for an article's <see cref="TextFingerprint"/>: normalise once, hash and sketch that.</summary>
public static class TextFingerprints
{
    /// <summary>The fingerprint of <paramref name="text"/>.</summary>
    public static TextFingerprint Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = ContentNormalizer.Normalize(text);
        return new TextFingerprint(ContentNormalizer.HashNormalized(normalized), TextSketch.Create(normalized, NearDuplicateFinder.MinimumWords));
    }
}
