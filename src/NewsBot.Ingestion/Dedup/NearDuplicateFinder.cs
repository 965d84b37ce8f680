using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Dedup;

/// <summary>
/// Finds, among the texts registered so far, one whose wording is near-identical to a new text (the same wire story
/// with a changed headline line, a byline or a sentence trimmed). Candidates are looked up by their few smallest
/// shingle hashes, which texts that share most of their shingles almost always have in common, so a new text is only
/// compared with likely matches, not with the whole corpus.
/// </summary>
internal sealed class NearDuplicateFinder
{
    /// <summary>
    /// Texts sharing at least this share of their five-word shingles are the same story. Changing one word changes
    /// five shingles, so a few edits to a long wire story stay above it, while two stories that share a paragraph
    /// or a boilerplate ending stay far below.
    /// </summary>
    public const double Threshold = 0.8;

    /// <summary>Shorter texts (a one-line summary, a brief) are never called near-identical: too little to tell by.</summary>
    public const int MinimumWords = 40;

    private readonly List<(int Owner, TextSketch Sketch)> _entries = [];
    private readonly Dictionary<ulong, List<int>> _entriesByKey = [];

    /// <summary>The owner of the most alike registered text at or above <see cref="Threshold"/>, or null.</summary>
    public int? FindOwner(TextSketch? sketch)
    {
        if (sketch is null)
        {
            return null;
        }

        int? best = null;
        var bestResemblance = Threshold;
        var compared = new HashSet<int>();
        foreach (var key in sketch.Keys)
        {
            if (!_entriesByKey.TryGetValue(key, out var entries))
            {
                continue;
            }

            foreach (var entry in entries)
            {
                if (!compared.Add(entry))
                {
                    continue;
                }

                var resemblance = _entries[entry].Sketch.Resemblance(sketch);
                if (resemblance >= bestResemblance)
                {
                    best = _entries[entry].Owner;
                    bestResemblance = resemblance;
                }
            }
        }

        return best;
    }

    /// <summary>Registers a text's sketch as leading to <paramref name="owner"/> (its own index, or the story it duplicates).</summary>
    public void Register(TextSketch? sketch, int owner)
    {
        if (sketch is null)
        {
            return;
        }

        var entry = _entries.Count;
        _entries.Add((owner, sketch));
        foreach (var key in sketch.Keys)
        {
            if (!_entriesByKey.TryGetValue(key, out var entries))
            {
                entries = [];
                _entriesByKey[key] = entries;
            }

            entries.Add(entry);
        }
    }
}
