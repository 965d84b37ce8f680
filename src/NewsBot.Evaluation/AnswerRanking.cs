using NewsBot.Core.Answers;

namespace NewsBot.Evaluation;

/// <summary>Reads the ranked list and the first quote out of an <see cref="Answer"/>, as a user would see them.</summary>
public static class AnswerRanking
{
    /// <summary>
    /// The article ids of the quoted article groups in order; when the engine says "not found", the ids of the
    /// closest headlines it offers instead. Those headlines are its best guesses shown to the asker, so counting
    /// them keeps retrieval measured even where the confidence threshold declines to quote; the quote measures
    /// (answer-hit, quote length) still see no quote for such a question.
    /// </summary>
    public static IReadOnlyList<string> RankedIds(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var ids = answer.Outcome switch
        {
            AnswerOutcome.Found => answer.Articles.Select(group => group.Citation.ArticleId),
            AnswerOutcome.NotFound => answer.ClosestHeadlines.Select(citation => citation.ArticleId),
            _ => [],
        };
        return ids.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The first quote the bot shows (the first quote of the first article group), or null when it shows none.</summary>
    public static string? FirstQuote(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.Outcome == AnswerOutcome.Found && answer.Articles.Count > 0 && answer.Articles[0].Quotes.Count > 0
            ? answer.Articles[0].Quotes[0].Text
            : null;
    }
}
