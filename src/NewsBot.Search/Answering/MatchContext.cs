using NewsBot.Search.Vectors;

namespace NewsBot.Search.Answering;

/// <summary>What a passage's matches are weighed against: term and phrase weights, their total, the headline's terms.</summary>
internal sealed record MatchContext(
    Dictionary<string, double> Weights,
    List<double> PhraseWeights,
    double Total,
    HashSet<string> TitleStems,
    QuestionVector? Vector,
    IReadOnlyList<(string First, string Second)> Pairs)
{
    // A question word found in the headline counts almost as if the passage held it: the headline is the context of
    // every passage of the article ("the president said..." in an article headlined with the president's name).
    private const double TitleCredit = 0.9;

    // IDF-weighted share of the question found in the matches, headline terms credited at TitleCredit.
    public double Coverage(List<AnalyzedToken> matches, List<(int Index, int Start, int End)> phraseMatches)
    {
        var found = StemsOf(matches);
        var words = Weights.Sum(pair => found.Contains(pair.Key) ? pair.Value : TitleStems.Contains(pair.Key) ? TitleCredit * pair.Value : 0);
        var phrases = phraseMatches.Select(match => match.Index).Distinct().Sum(index => PhraseWeights[index]);
        return Math.Min(1, (words + phrases) / Total);
    }

    /// <summary>IDF-weighted share of the question's words among <paramref name="matches"/> alone, the headline not credited.</summary>
    public double OwnCoverage(IEnumerable<AnalyzedToken> matches)
    {
        var found = StemsOf(matches);
        return Total <= 0 ? 0 : Math.Min(1, Weights.Where(pair => found.Contains(pair.Key)).Sum(pair => pair.Value) / Total);
    }

    /// <summary>
    /// The largest weight among the question's words that neither the matches nor the headline hold, as a share of the
    /// total: a passage missing the question's rarest word is seldom the one asked about, however much else it covers.
    /// </summary>
    public double MissingWeight(List<AnalyzedToken> matches)
    {
        var found = StemsOf(matches);
        return Total <= 0 ? 0 : Weights.Where(pair => !found.Contains(pair.Key) && !TitleStems.Contains(pair.Key)).Select(pair => pair.Value).DefaultIfEmpty(0).Max() / Total;
    }

    /// <summary>IDF-weighted share of the question's words that the headline holds: an article about the question, not one that mentions it.</summary>
    public double TitleCoverage() => Total <= 0 ? 0 : Math.Min(1, Weights.Where(pair => TitleStems.Contains(pair.Key)).Sum(pair => pair.Value) / Total);

    // The distinct stems among the matches, for the coverage and missing-word measures.
    private static HashSet<string> StemsOf(IEnumerable<AnalyzedToken> matches) =>
        matches.Select(match => match.Text).ToHashSet(StringComparer.Ordinal);
}
