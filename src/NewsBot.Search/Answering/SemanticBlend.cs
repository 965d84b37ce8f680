namespace NewsBot.Search.Answering;

/// <summary>
/// Orders candidates by a linear blend of their lexical score and their best sentence's cosine with the question,
/// each min-max normalised over the candidates (the two live on different scales). A blend, not rank fusion: in the
/// measurements of issue 10, reciprocal-rank fusion of the same two lists lost most of the gain a blend gave.
/// </summary>
internal static class SemanticBlend
{
    public static List<RankedPassage> Apply(List<RankedPassage> ranked, double weight)
    {
        var similar = ranked.Where(passage => passage.Similarity is not null).ToList();
        if (weight <= 0 || similar.Count == 0)
        {
            return ranked;
        }

        var (lexicalLow, lexicalRange) = Bounds(ranked.Select(passage => passage.LexicalScore));
        var (similarLow, similarRange) = Bounds(similar.Select(passage => passage.Similarity!.Value));
        return ranked.Select(passage =>
        {
            var lexical = (passage.LexicalScore - lexicalLow) / lexicalRange;

            // A passage whose sentences have no vectors yet is ranked on its words alone.
            var meaning = passage.Similarity is { } similarity ? (similarity - similarLow) / similarRange : lexical;
            var score = ((1 - weight) * lexical) + (weight * meaning);
            return passage with { Score = score, Quote = passage.Quote with { Score = score } };
        }).ToList();
    }

    // The lowest value and the span of the values (1 when they are all equal, so every value normalises to 0).
    private static (double Low, double Range) Bounds(IEnumerable<double> values)
    {
        var list = values.ToList();
        var low = list.Min();
        var range = list.Max() - low;
        return (low, range > 0 ? range : 1);
    }
}
