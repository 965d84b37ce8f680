using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Search.Indexing;

namespace NewsBot.Search.Answering;

/// <summary>
/// Quotes that run on into the passage beside theirs. A passage never crosses a paragraph break, yet a news story
/// often names the topic at a paragraph's end and answers in the next paragraph's first sentence (on the training
/// questions, 21 of 145 wrong first quotes stood right beside the answer, across a passage border). A shown quote of
/// one sentence at its passage's edge is joined to the neighbouring passage's sentence by the same rules as inside a
/// passage (<see cref="NeighbourJoin"/>), verbatim: the characters between the passages are stored with them
/// (<see cref="IndexFields.GapAfter"/>), and where they are not, or are more than white space, nothing joins.
/// </summary>
internal static class BorderQuotes
{
    /// <summary>
    /// <paramref name="answer"/> with each quote cut from one of <paramref name="ranked"/>'s passages run on into the
    /// neighbouring passage where <see cref="NeighbourJoin.Pick"/> says so; quotes from elsewhere stay as they are.
    /// </summary>
    public static Answer Extend(IndexSearcher searcher, ParsedQuestion question, Answer answer, IReadOnlyList<RankedPassage> ranked)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(ranked);
        if (answer.Outcome != AnswerOutcome.Found)
        {
            return answer;
        }

        // The answer holds the very quote objects of the passages it was assembled from.
        var passages = new Dictionary<Quote, RankedPassage>(ReferenceEqualityComparer.Instance);
        foreach (var passage in ranked.Where(passage => passage.Doc >= 0 && (passage.QuoteOpensPassage || passage.QuoteClosesPassage)))
        {
            passages.TryAdd(passage.Quote, passage);
        }

        if (passages.Count == 0)
        {
            return answer;
        }

        var live = MultiFields.GetLiveDocs(searcher.IndexReader);
        var articles = answer.Articles
            .Select(group => group with { Quotes = Distinct([.. group.Quotes.Select(quote => passages.TryGetValue(quote, out var passage) ? Extended(searcher, live, question, passage) : quote)]) })
            .ToList();
        return answer with { Articles = articles };
    }

    // A quote that now runs on into the passage beside may take in the sentence an article's second quote is: that
    // quote goes, so no sentence is shown twice.
    private static List<Quote> Distinct(List<Quote> quotes) =>
        [.. quotes.Where((quote, i) => !quotes.Take(i).Any(earlier => earlier.Span.Overlaps(quote.Span)))];

    private static Quote Extended(IndexSearcher searcher, IBits? live, ParsedQuestion question, RankedPassage passage)
    {
        var quote = passage.Quote;
        var evidence = NeighbourJoin.Weighed(question, quote.Text, 0, quote.Text.Length, passage.Evidence);

        // Whatever the neighbours hold, no rule could join them (the sentence alone answers, or nothing asks for a
        // neighbour): nothing is read.
        var possible = NeighbourJoin.Pick(question.Kind, quote.Text, evidence, passage.QuoteOpensPassage ? 1 : null, passage.QuoteClosesPassage ? 1 : null);
        if (possible is Join.Alone or Join.Undecided)
        {
            return quote;
        }

        var own = searcher.Doc(passage.Doc);
        var before = passage.QuoteOpensPassage ? Beside(searcher, live, question, passage.Doc, own, quote, -1) : null;
        var after = passage.QuoteClosesPassage ? Beside(searcher, live, question, passage.Doc, own, quote, +1) : null;
        return NeighbourJoin.Pick(question.Kind, quote.Text, evidence, before?.Evidence, after?.Evidence) switch
        {
            Join.Before when before is { } previous => Joined(previous, quote, quote.Span.Start - previous.Sentence.Length - previous.Between.Length),
            Join.After when after is { } next => Joined(quote, next),
            _ => quote,
        };
    }

    // The neighbouring passage's sentence nearest the quote, with the characters between them; null when the passage
    // beside is another article's, the characters between are not stored or not white space, or the joined quote would
    // pass the quote limit.
    private static Neighbour? Beside(IndexSearcher searcher, IBits? live, ParsedQuestion question, int doc, Lucene.Net.Documents.Document own, Quote quote, int step)
    {
        // An article's passages are written as one block, so the passage beside in the article is the document beside.
        var ordinal = own.GetField(IndexFields.Ordinal)?.GetInt32Value();
        if (ordinal is null || ArticleBlocks.Passage(searcher, live, doc + step, own.Get(IndexFields.Id), ordinal.Value + step) is not { } beside)
        {
            return null;
        }

        var (first, second) = step > 0 ? (own, beside) : (beside, own);
        var (firstText, secondText) = (first.Get(IndexFields.Text) ?? string.Empty, second.Get(IndexFields.Text) ?? string.Empty);
        var (firstStart, secondStart) = (first.GetField(IndexFields.PassageStart)?.GetInt32Value() ?? -1, second.GetField(IndexFields.PassageStart)?.GetInt32Value() ?? -1);
        if (first.Get(IndexFields.GapAfter) is not { } gap || firstStart < 0 || firstStart + firstText.Length + gap.Length != secondStart)
        {
            return null;
        }

        var besideText = step > 0 ? secondText : firstText;
        var besideStart = step > 0 ? secondStart : firstStart;
        var sentences = QuoteSentences.Of(beside, besideStart, besideText.Length);
        var sentence = step > 0 ? sentences[0] : sentences[^1];

        // Between the quote and the sentence: the rest of the quote's passage, the gap, the start of the passage beside.
        var between = step > 0
            ? firstText[(quote.Span.End - firstStart)..] + gap + secondText[..sentence.Start]
            : firstText[sentence.End..] + gap + secondText[..(quote.Span.Start - secondStart)];
        if (!string.IsNullOrWhiteSpace(between)
            || quote.Text.Length + between.Length + (sentence.End - sentence.Start) > QuoteSentences.MaxQuoteChars)
        {
            return null;
        }

        var evidence = AnswerEvidence.In(question, besideText, sentence.Start, sentence.End);
        return new Neighbour(
            besideText[sentence.Start..sentence.End],
            between,
            NeighbourJoin.Weighed(question, besideText, sentence.Start, sentence.End, evidence.Strength),
            [.. evidence.Spans.Select(span => new TextSpan(span.Start - sentence.Start, span.Length))]);
    }

    private static Quote Joined(Neighbour previous, Quote quote, int start)
    {
        var text = previous.Sentence + previous.Between + quote.Text;
        var offset = previous.Sentence.Length + previous.Between.Length;
        var highlights = previous.Answering.Concat(quote.Highlights.Select(span => new TextSpan(span.Start + offset, span.Length))).ToList();
        return quote with { Text = text, Span = new TextSpan(start, text.Length), Highlights = HighlightRuns.Merge(highlights, text, text.Length) };
    }

    private static Quote Joined(Quote quote, Neighbour next)
    {
        var text = quote.Text + next.Between + next.Sentence;
        var offset = quote.Text.Length + next.Between.Length;
        var highlights = quote.Highlights.Concat(next.Answering.Select(span => new TextSpan(span.Start + offset, span.Length))).ToList();
        return quote with { Text = text, Span = new TextSpan(quote.Span.Start, text.Length), Highlights = HighlightRuns.Merge(highlights, text, text.Length) };
    }

    /// <summary>The neighbouring passage's sentence, the characters between it and the quote, and its answer evidence (spans relative to the sentence).</summary>
    private sealed record Neighbour(string Sentence, string Between, double Evidence, IReadOnlyList<TextSpan> Answering);
}
