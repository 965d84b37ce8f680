using System.Globalization;

namespace NewsBot.Maintenance.Refresh;

/// <summary>
/// The rule that keeps a rebuild from silently wiping the index: an empty folder or a misconfigured source reads as
/// "no articles", which is no reason to throw away the articles indexed so far.
/// </summary>
internal static class ShrinkGuard
{
    /// <summary>
    /// Why a rebuild holding <paramref name="rebuilt"/> articles must not replace an index of <paramref name="indexed"/>
    /// (it would be empty, or hold fewer than half of them), or null when it may.
    /// </summary>
    public static string? Refusal(int indexed, int rebuilt)
    {
        if (indexed == 0 || rebuilt * 2 >= indexed && rebuilt > 0)
        {
            return null;
        }

        var what = rebuilt == 0
            ? "would leave the index empty"
            : string.Create(CultureInfo.InvariantCulture, $"would remove {indexed - rebuilt} of its {indexed} articles (more than half)");
        return string.Create(
            CultureInfo.InvariantCulture,
            $"the rebuilt index ({rebuilt} {(rebuilt == 1 ? "article" : "articles")}) {what}, so it was not swapped in");
    }
}
