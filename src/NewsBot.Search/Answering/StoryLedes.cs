using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Search.Indexing;

namespace NewsBot.Search.Answering;

/// <summary>
/// An article's lede (its first sentence), and answers that lead with it. A news story's first sentence says what
/// happened, so a question asking what happened about a topic ("What happened at Zappos in January 2012?", "Bontddu
/// Hall") is answered by the ledes of the articles about it; the sentence that merely names the topic is often a
/// detail (the hotel's age, the street the march passed).
/// </summary>
internal static class StoryLedes
{
    // An article has at most this many passages to look through for its first one (far above any article's count).
    private const int MaxPassages = 2000;

    /// <summary>
    /// <paramref name="answer"/> with each article whose lede holds one of <paramref name="question"/>'s words quoted
    /// first by its lede, the other quotes after it, as many quotes as before. An article whose lede does not name the
    /// topic keeps its quotes, even when its headline names it: its lede is about something else (a candidate's
    /// interview opening on the election date; with headlines as well, two of set5's twelve topic questions were
    /// lost). So does an undated article: a reference page or a report does not open with a summary of
    /// what happened (on SQuAD's encyclopedia paragraphs, 10 of the 13 first-half questions whose quote became the
    /// paragraph's first sentence lost their answer).
    /// </summary>
    public static Answer LeadWithLedes(IndexSearcher searcher, ParsedQuestion question, Answer answer, Analyzer english)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answer);
        var stems = question.Terms.Where(term => term.Weight >= 1).Select(term => term.Stem).ToHashSet(StringComparer.Ordinal);
        if (answer.Outcome != AnswerOutcome.Found || stems.Count == 0)
        {
            return answer;
        }

        var articles = answer.Articles.Select(group =>
        {
            if (group.Citation.Published is null || FirstSentence(searcher, group.Citation.ArticleId) is not { } lede)
            {
                return group;
            }

            var ledeWords = QuestionParser.Tokens(english, lede.Text).Where(token => stems.Contains(token.Text)).ToList();
            // A first quote that already holds the lede (the lede and the sentence after it) stays as it is.
            if (ledeWords.Count == 0 || group.Quotes.Count == 0 || group.Quotes[0].Span.Contains(lede.Span))
            {
                return group;
            }

            var highlights = HighlightRuns.Merge([.. ledeWords.Select(token => new TextSpan(token.Start, token.End - token.Start))], lede.Text, lede.Text.Length);
            var leading = lede with { Highlights = highlights, Score = group.Quotes[0].Score };
            var rest = group.Quotes.Where(quote => !quote.Span.Overlaps(lede.Span));
            return group with { Quotes = [.. new[] { leading }.Concat(rest).Take(group.Quotes.Count)] };
        }).ToList();
        return answer with { Articles = articles };
    }

    /// <summary>The article's first sentence, verbatim, with its place in the article: its first passage's first sentence.</summary>
    public static Quote? FirstSentence(IndexSearcher searcher, string articleId)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        var passages = new BooleanQuery
        {
            { new TermQuery(new Term(IndexFields.Type, IndexFields.PassageType)), Occur.MUST },
            { new TermQuery(new Term(IndexFields.Id, articleId)), Occur.MUST },
        };
        var first = searcher.Search(passages, MaxPassages).ScoreDocs
            .Select(hit => searcher.Doc(hit.Doc))
            .MinBy(document => document.GetField(IndexFields.Ordinal)?.GetInt32Value() ?? int.MaxValue);
        if (first?.Get(IndexFields.Text) is not { Length: > 0 } text)
        {
            return null;
        }

        var passageStart = first.GetField(IndexFields.PassageStart)?.GetInt32Value() ?? 0;
        var sentence = QuoteSentences.Of(first, passageStart, text.Length)[0];
        return new Quote(text[sentence.Start..sentence.End], new TextSpan(passageStart + sentence.Start, sentence.End - sentence.Start), [], 0);
    }
}
