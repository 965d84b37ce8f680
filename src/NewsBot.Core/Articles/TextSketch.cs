namespace NewsBot.Core.Articles;

/// <summary>
/// A bottom-k sketch of a text's five-word shingles: the <see cref="Size"/> smallest shingle hashes. Two sketches
/// estimate how much of the two texts' wording is shared (the resemblance, or Jaccard index of the shingle sets)
/// without keeping the texts, so a whole corpus can be compared in little memory.
/// </summary>
public sealed class TextSketch
{
    /// <summary>Hashes kept per text; the estimate's error shrinks with the square root of this.</summary>
    public const int Size = 64;

    /// <summary>
    /// How many of the smallest hashes serve as lookup keys: texts that share most of their shingles almost always share
    /// one of these, so a text need only be compared with the texts it shares a key with.
    /// </summary>
    public const int KeyCount = 8;

    /// <summary>Words per shingle: long enough that shared phrases, not shared vocabulary, make texts alike.</summary>
    private const int ShingleWords = 5;

    private TextSketch(ulong[] smallest) => Smallest = smallest;

    /// <summary>The smallest distinct shingle hashes, ascending.</summary>
    public ulong[] Smallest { get; }

    /// <summary>The lookup keys: the <see cref="KeyCount"/> smallest hashes.</summary>
    public IEnumerable<ulong> Keys => Smallest.Take(KeyCount);

    /// <summary>A sketch read back from its <see cref="Smallest"/> hashes (as stored beside an indexed article).</summary>
    public static TextSketch FromSmallest(IEnumerable<ulong> smallest)
    {
        ArgumentNullException.ThrowIfNull(smallest);
        return new TextSketch([.. smallest.Order().Distinct().Take(Size)]);
    }

    /// <summary>
    /// The sketch of a text already normalised (lower case, one kind of quote and dash, as the ingestion's
    /// ContentNormalizer does), or null when it has fewer
    /// than <paramref name="minimumWords"/> words.
    /// </summary>
    public static TextSketch? Create(string normalizedText, int minimumWords)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var words = Words(normalizedText);
        if (words.Count < Math.Max(minimumWords, ShingleWords))
        {
            return null;
        }

        var shingles = new ulong[words.Count - ShingleWords + 1];
        for (var i = 0; i < shingles.Length; i++)
        {
            var hash = 0xcbf29ce484222325UL;
            for (var j = 0; j < ShingleWords; j++)
            {
                // Order matters in a shingle, so each word's hash is mixed in after a rotation.
                hash = Mix(ulong.RotateLeft(hash, 23) ^ words[i + j]);
            }

            shingles[i] = hash;
        }

        Array.Sort(shingles);
        var smallest = new List<ulong>(Size);
        foreach (var hash in shingles)
        {
            if (smallest.Count == Size)
            {
                break;
            }

            if (smallest.Count == 0 || smallest[^1] != hash)
            {
                smallest.Add(hash);
            }
        }

        return new TextSketch([.. smallest]);
    }

    /// <summary>
    /// The estimated share of shingles the two texts have in common: of the <see cref="Size"/> smallest hashes of
    /// both texts together, the fraction that both texts contain.
    /// </summary>
    public double Resemblance(TextSketch other)
    {
        ArgumentNullException.ThrowIfNull(other);
        int i = 0, j = 0, seen = 0, shared = 0;
        var a = Smallest;
        var b = other.Smallest;
        while (seen < Size && (i < a.Length || j < b.Length))
        {
            if (j >= b.Length || (i < a.Length && a[i] < b[j]))
            {
                i++;
            }
            else if (i >= a.Length || b[j] < a[i])
            {
                j++;
            }
            else
            {
                shared++;
                i++;
                j++;
            }

            seen++;
        }

        return seen == 0 ? 0 : (double)shared / seen;
    }

    // Words as hashes: runs of letters and digits of the normalised text.
    private static List<ulong> Words(string normalized)
    {
        var words = new List<ulong>(normalized.Length / 5);
        var hash = 0xcbf29ce484222325UL;
        var inWord = false;
        foreach (var c in normalized)
        {
            if (char.IsLetterOrDigit(c))
            {
                hash = (hash ^ c) * 0x100000001b3UL;
                inWord = true;
            }
            else if (inWord)
            {
                words.Add(hash);
                hash = 0xcbf29ce484222325UL;
                inWord = false;
            }
        }

        if (inWord)
        {
            words.Add(hash);
        }

        return words;
    }

    // SplitMix64's finaliser: spreads the bits so the smallest hashes are a fair sample of the shingles.
    private static ulong Mix(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9UL;
        value = (value ^ (value >> 27)) * 0x94d049bb133111ebUL;
        return value ^ (value >> 31);
    }
}
