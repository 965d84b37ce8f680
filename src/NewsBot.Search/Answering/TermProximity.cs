namespace NewsBot.Search.Answering;

/// <summary>How close together a passage's matched question terms stand.</summary>
internal static class TermProximity
{
    // Matched distinct terms divided by the smallest window (in positions) that holds them all; 0 with fewer than two.
    public static double Of(List<AnalyzedToken> matches)
    {
        var distinct = matches.Select(match => match.Text).Distinct().Count();
        if (distinct < 2)
        {
            return 0;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var smallest = int.MaxValue;
        var left = 0;
        for (var right = 0; right < matches.Count; right++)
        {
            counts[matches[right].Text] = counts.GetValueOrDefault(matches[right].Text) + 1;
            while (counts.Count == distinct)
            {
                smallest = Math.Min(smallest, matches[right].Position - matches[left].Position + 1);
                var leftText = matches[left].Text;
                if (--counts[leftText] == 0)
                {
                    counts.Remove(leftText);
                }

                left++;
            }
        }

        return Math.Min(1, (double)distinct / smallest);
    }
}
