namespace NewsBot.Evaluation;

/// <summary>The figures of one evaluation run, as printed and written by <c>newsbot eval</c>.</summary>
/// <param name="Queries">Questions asked.</param>
/// <param name="Judged">Questions with at least one relevant document in the qrels: the denominator of the ranking measures (as in trec_eval).</param>
/// <param name="RecallAt1">Mean share of the relevant documents ranked first.</param>
/// <param name="RecallAt5">Mean share of the relevant documents in the top five.</param>
/// <param name="MrrAt10">Mean reciprocal rank of the first relevant document within ten.</param>
/// <param name="NdcgAt10">Mean nDCG@10 (linear gain, log2 discount).</param>
/// <param name="AnswerQueries">Questions that have gold answers: the denominator of answer-hit@1.</param>
/// <param name="AnswerHitAt1">Share of those whose first quote contains a gold answer; null when the set has no answers.</param>
/// <param name="QuoteCharsMean">Mean length of the first quote over the questions that got one; null when none did.</param>
/// <param name="QuotesOverLimit">First quotes longer than two sentences or 500 characters (never counted as hits).</param>
/// <param name="Found">Questions answered with quotes.</param>
/// <param name="NotFound">Questions answered "not found".</param>
/// <param name="Rejected">Questions the engine rejected.</param>
/// <param name="LatencyMsP50">Median latency per question, in milliseconds.</param>
/// <param name="LatencyMsP99">99th percentile latency per question, in milliseconds.</param>
/// <param name="LatencyMsMean">Mean latency per question, in milliseconds.</param>
public sealed record EvalSummary(
    int Queries,
    int Judged,
    double RecallAt1,
    double RecallAt5,
    double MrrAt10,
    double NdcgAt10,
    int AnswerQueries,
    double? AnswerHitAt1,
    double? QuoteCharsMean,
    int QuotesOverLimit,
    int Found,
    int NotFound,
    int Rejected,
    double LatencyMsP50,
    double LatencyMsP99,
    double LatencyMsMean);
