using NewsBot.Core.Sources;

namespace NewsBot.Evaluation.Data;

/// <summary>What reading one evaluation file produced: the items, and every malformed line with its reason.</summary>
/// <remarks>
/// A malformed line is an expected failure of hand-made data, so it is a value here; the command refuses to
/// measure anything while a file has problems, because silently dropping lines would change the figures.
/// </remarks>
public sealed record EvalData<T>(T Value, IReadOnlyList<SkippedItem> Problems)
{
    /// <summary>True when every line could be read.</summary>
    public bool Succeeded => Problems.Count == 0;
}
