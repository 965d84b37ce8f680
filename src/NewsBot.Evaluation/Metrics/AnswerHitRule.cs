namespace NewsBot.Evaluation.Metrics;

/// <summary>
/// Decides whether the first quote the bot shows answers a question: it must contain one of the gold answers
/// after SQuAD normalisation, and it must be a quote, not a page: more than <see cref="MaxSentences"/> sentences
/// or more than <see cref="MaxCharacters"/> characters never counts, so long quotes cannot buy hits.
/// </summary>
public sealed class AnswerHitRule
{
    /// <summary>The most sentences a first quote may have and still count.</summary>
    public const int MaxSentences = 2;

    /// <summary>The most characters a first quote may have and still count.</summary>
    public const int MaxCharacters = 500;

    private readonly Func<string, int> _countSentences;

    /// <param name="countSentences">Counts sentences the way the engine splits them (the ingestion sentence splitter).</param>
    public AnswerHitRule(Func<string, int> countSentences)
    {
        ArgumentNullException.ThrowIfNull(countSentences);
        _countSentences = countSentences;
    }

    /// <summary>True when the quote is short enough to count (at most two sentences, at most 500 characters).</summary>
    public bool IsWithinLimits(string quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return quote.Length <= MaxCharacters && _countSentences(quote) <= MaxSentences;
    }

    /// <summary>True when <paramref name="quote"/> is within the limits and contains one of <paramref name="answers"/>.</summary>
    /// <remarks>
    /// Containment is on whole normalised words (the answer "10" is not found in "2010"), which is stricter
    /// than a raw substring test and so never flatters the figure.
    /// </remarks>
    public bool IsHit(string? quote, IReadOnlyList<string> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (quote is null || !IsWithinLimits(quote))
        {
            return false;
        }

        var normalizedQuote = $" {SquadNormalizer.Normalize(quote)} ";
        foreach (var answer in answers)
        {
            var normalizedAnswer = SquadNormalizer.Normalize(answer);
            if (normalizedAnswer.Length > 0 && normalizedQuote.Contains($" {normalizedAnswer} ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
