using NewsBot.Core.Recent;

namespace NewsBot.Core.Answers;

/// <summary>The reply to a question: quotes grouped by article, or an honest "not found".</summary>
/// <param name="Outcome">Found, not found, or rejected.</param>
/// <param name="Question">The question as asked.</param>
/// <param name="Articles">Quotes grouped by article, best first; empty unless found. Further groups beyond the first page are kept for paging.</param>
/// <param name="ClosestHeadlines">When not found: the headlines that came closest, best first.</param>
/// <param name="Problem">When rejected: one sentence saying what is wrong with the question.</param>
public sealed record Answer(
    AnswerOutcome Outcome,
    string Question,
    IReadOnlyList<ArticleQuotes> Articles,
    IReadOnlyList<Citation> ClosestHeadlines,
    string? Problem = null)
{
    /// <summary>How many distinct outlets the quoted articles come from (syndicated carriers included).</summary>
    public int OutletCount => Articles
        .SelectMany(group => group.Citation.AlsoCarriedBy.Append(group.Citation.Outlet ?? string.Empty))
        .Where(outlet => outlet.Length > 0)
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .Count();

    /// <summary>When not found: which key words the index lacks, its date coverage and the filter that matched nothing.</summary>
    public NotFoundDetails? NotFound { get; init; }

    /// <summary>
    /// For "what did X say": X as asked, when no indexed sentence gives words said by X and the quotes are instead the
    /// best passages that name X; every front end shows <see cref="NotFoundSentences.Unattributed"/> above them.
    /// </summary>
    public string? UnattributedSpeaker { get; init; }

    /// <summary>
    /// For a question that names only a period ("What happened in 2020?"): the dated events stated in articles that
    /// fall in it, newest first, beside the period's top stories in <see cref="Articles"/>. Empty otherwise.
    /// </summary>
    public IReadOnlyList<NewsEvent> Events { get; init; } = [];

    public static Answer Rejected(string question, string problem) => new(AnswerOutcome.Rejected, question, [], [], problem);
}
