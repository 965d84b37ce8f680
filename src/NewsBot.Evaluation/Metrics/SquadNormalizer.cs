using System.Text;
using System.Text.RegularExpressions;

namespace NewsBot.Evaluation.Metrics;

/// <summary>
/// The answer normalisation of the official SQuAD v1.1 evaluation script: lower-case, delete ASCII punctuation,
/// remove the articles a/an/the, collapse white space. Kept exactly so answer-hit figures compare with SQuAD's.
/// </summary>
public static partial class SquadNormalizer
{
    // Python's string.punctuation, which the SQuAD script deletes (other Unicode punctuation is kept, as there).
    private const string Punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lower = text.ToLowerInvariant();
        var withoutPunctuation = new StringBuilder(lower.Length);
        foreach (var character in lower)
        {
            if (!Punctuation.Contains(character))
            {
                withoutPunctuation.Append(character);
            }
        }

        var withoutArticles = Articles().Replace(withoutPunctuation.ToString(), " ");
        return string.Join(' ', withoutArticles.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex(@"\b(a|an|the)\b")]
    private static partial Regex Articles();
}
