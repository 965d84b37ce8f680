using NewsBot.Core.Answers;

namespace NewsBot.Search.Answering;

/// <summary>A passage after re-ranking: its article, its best quote and the signals that placed it.</summary>
/// <param name="Citation">The article it comes from.</param>
/// <param name="Quote">The best one or two sentences of the passage, verbatim, with highlights.</param>
/// <param name="Coverage">IDF-weighted share of the question's terms found in the passage (0 to 1).</param>
/// <param name="Score">The re-rank score (0 to about 1); higher is better.</param>
/// <param name="PassageText">The whole passage, for the optional semantic re-ranker to read.</param>
internal sealed record RankedPassage(Citation Citation, Quote Quote, double Coverage, double Score, string PassageText);
