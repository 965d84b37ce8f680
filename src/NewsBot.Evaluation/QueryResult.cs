using NewsBot.Core.Answers;

namespace NewsBot.Evaluation;

/// <summary>What the engine answered to one evaluation question.</summary>
/// <param name="QueryId">The question's id.</param>
/// <param name="Outcome">Found, not found or rejected.</param>
/// <param name="RankedIds">The article ids in the order the answer ranks them (see <see cref="AnswerRanking"/>).</param>
/// <param name="FirstQuote">The first quote the bot would show; null when it shows none.</param>
/// <param name="LatencyMs">Wall time of the one <see cref="IQuestionAnswerer.AskAsync"/> call, in milliseconds.</param>
public sealed record QueryResult(
    string QueryId,
    AnswerOutcome Outcome,
    IReadOnlyList<string> RankedIds,
    string? FirstQuote,
    double LatencyMs);
