namespace NewsBot.Search.Answering;

/// <summary>
/// How many of the question's word pairs a text repeats side by side ("Super Bowl", "represented the AFC"): a passage
/// that restates the question's phrasing, not only its words, is usually the one it was asked about.
/// </summary>
internal static class PhraseOverlap
{
    // Two matched words count as side by side with at most this many positions between them (a stop word, an "of the").
    private const int MaxGap = 2;

    /// <summary>The question's pairs of neighbouring content words, as stems, in the order asked.</summary>
    public static List<(string First, string Second)> PairsOf(ParsedQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var pairs = new List<(string, string)>();
        QuestionWord? previous = null;
        foreach (var word in question.Words.Where(word => word.Stem is not null))
        {
            if (previous is not null && word.Position - previous.Position <= MaxGap && previous.Stem != word.Stem)
            {
                pairs.Add((previous.Stem!, word.Stem!));
            }

            previous = word;
        }

        return pairs;
    }

    /// <summary>
    /// The share of <paramref name="pairs"/> found side by side among <paramref name="matches"/> that start inside
    /// [<paramref name="start"/>, <paramref name="end"/>); 0 when the question has no pairs.
    /// </summary>
    public static double Share(IReadOnlyList<(string First, string Second)> pairs, List<AnalyzedToken> matches, int start = 0, int end = int.MaxValue)
    {
        if (pairs.Count == 0)
        {
            return 0;
        }

        var inside = matches.Where(match => match.Start >= start && match.Start < end).ToList();
        var found = 0;
        foreach (var (first, second) in pairs)
        {
            var seen = false;
            for (var i = 0; i < inside.Count && !seen; i++)
            {
                if (inside[i].Text != first)
                {
                    continue;
                }

                for (var j = i + 1; j < inside.Count && inside[j].Position - inside[i].Position <= MaxGap && !seen; j++)
                {
                    seen = inside[j].Text == second;
                }
            }

            found += seen ? 1 : 0;
        }

        return (double)found / pairs.Count;
    }
}
