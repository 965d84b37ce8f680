namespace NewsBot.Evaluation.QuestionSet;

/// <summary>The figures of one run of a news question set, as printed and written by <c>newsbot eval --questions</c>.</summary>
/// <param name="Questions">Questions asked.</param>
/// <param name="Answerable">Questions with answer alternatives: the denominator of <paramref name="FirstQuoteAnswerHit"/>.</param>
/// <param name="Hits">Answerable questions whose first quote contains one of the alternatives.</param>
/// <param name="FirstQuoteAnswerHit">Hits over answerable questions; null when the set has none.</param>
/// <param name="FalseNotFound">Answerable questions answered "not found".</param>
/// <param name="Absent">Questions whose only right answer is "not found" (a name the corpus never mentions).</param>
/// <param name="HonestNotFound">Of those, the ones answered "not found".</param>
/// <param name="HonestNotFoundRate">HonestNotFound over Absent; null when the set has no such question.</param>
/// <param name="Found">Questions answered with quotes.</param>
/// <param name="NotFound">Questions answered "not found".</param>
/// <param name="Rejected">Questions the engine rejected (counted as misses, and never as an honest "not found").</param>
/// <param name="QuoteCharsMean">Mean length of the first quote over the questions that got one; null when none did.</param>
/// <param name="QuotesOverLimit">First quotes longer than two sentences or 500 characters (never counted as hits).</param>
/// <param name="LatencyMsP50">Median latency per question, in milliseconds.</param>
/// <param name="LatencyMsP99">99th percentile latency per question, in milliseconds.</param>
/// <param name="LatencyMsMean">Mean latency per question, in milliseconds.</param>
/// <param name="ByKind">The same counts per kind of question, in the order the kinds first appear in the set.</param>
public sealed record QuestionSetSummary(
    int Questions,
    int Answerable,
    int Hits,
    double? FirstQuoteAnswerHit,
    int FalseNotFound,
    int Absent,
    int HonestNotFound,
    double? HonestNotFoundRate,
    int Found,
    int NotFound,
    int Rejected,
    double? QuoteCharsMean,
    int QuotesOverLimit,
    double LatencyMsP50,
    double LatencyMsP99,
    double LatencyMsMean,
    IReadOnlyList<KindFigures> ByKind);
