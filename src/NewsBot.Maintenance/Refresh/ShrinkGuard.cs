using NewsBot.Core.Formatting;

namespace NewsBot.Maintenance.Refresh;

/// <summary>
/// The rule that keeps a rebuild from silently wiping the index: an empty folder or a misconfigured source reads as
/// "no articles", which is no reason to throw away the articles indexed so far.
/// </summary>
internal static class ShrinkGuard
{
    /// <summary>
    /// Why a rebuild holding <paramref name="rebuilt"/> articles must not replace an index of <paramref name="indexed"/>
    /// (it would be empty, or remove more than half of them), or null when it may. What counts is
    /// <paramref name="removed"/>, the indexed articles the rebuild lacks, not the difference in size: ten new articles
    /// in place of ten indexed ones remove ten.
    /// </summary>
    public static string? Refusal(int indexed, int rebuilt, int removed)
    {
        if (indexed == 0 || removed * 2 <= indexed && rebuilt > 0)
        {
            return null;
        }

        var what = rebuilt == 0
            ? "would leave the index empty"
            : $"would remove {DisplayFormat.Count(removed)} of its {DisplayFormat.Count(indexed)} articles (more than half)";
        return $"the rebuilt index ({DisplayFormat.Count(rebuilt)} {(rebuilt == 1 ? "article" : "articles")}) {what}, so it was not swapped in";
    }

    /// <summary>
    /// Why a source that held <paramref name="indexed"/> articles must not lose the <paramref name="gone"/> it no longer
    /// offers (all of them, or more than half), or null when it may. Its other articles were still added or updated.
    /// </summary>
    public static string? SourceRefusal(int indexed, int gone)
    {
        if (gone == 0 || gone * 2 <= indexed)
        {
            return null;
        }

        return $"it no longer offers {DisplayFormat.Count(gone)} of its {DisplayFormat.Count(indexed)} indexed articles (more than half), "
            + "which looks like an emptied or misconfigured source, so they were kept; run again with --allow-shrink "
            + "(/reindex: allow_shrink) to remove them";
    }
}
