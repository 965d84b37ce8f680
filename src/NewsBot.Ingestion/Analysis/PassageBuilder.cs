using NewsBot.Core.Articles;
using NewsBot.Ingestion.Text;

namespace NewsBot.Ingestion.Analysis;

/// <summary>
/// Groups an article's sentences into passages: consecutive, non-overlapping runs of at most
/// <see cref="PassageOptions.MaxSentences"/> sentences and <see cref="PassageOptions.MaxCharacters"/> characters
/// that never cross a paragraph break, except that a paragraph of one short sentence joins the next. A passage
/// lists only its quotable sentences (<see cref="QuotableSentences"/>).
/// </summary>
public sealed class PassageBuilder
{
    private readonly PassageOptions _options;

    /// <summary>Creates a builder with the given limits.</summary>
    public PassageBuilder(PassageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>The passages of <paramref name="text"/>, whose sentences are <paramref name="sentences"/> (in order).</summary>
    public IReadOnlyList<Passage> Build(string articleId, string text, IReadOnlyList<TextSpan> sentences) =>
        Build(articleId, text, sentences, CancellationToken.None);

    /// <summary>As <see cref="Build(string, string, IReadOnlyList{TextSpan})"/>, stopping soon after <paramref name="cancellationToken"/> is cancelled.</summary>
    public IReadOnlyList<Passage> Build(string articleId, string text, IReadOnlyList<TextSpan> sentences, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        var marks = QuotableSentences.Mark(text, sentences, cancellationToken);
        var quotable = sentences.Where((_, i) => marks[i]).ToHashSet();
        var passages = new List<Passage>();
        foreach (var paragraph in Paragraphs(text, sentences, marks))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var group in Chunk(paragraph))
            {
                // A passage lists only the sentences that may be quoted; one with none (a caption, a chart's legend)
                // is left out, so it is neither found nor quoted.
                var quotes = group.Where(quotable.Contains).ToList();
                if (quotes.Count == 0)
                {
                    continue;
                }

                var span = new TextSpan(group[0].Start, group[^1].End - group[0].Start);
                passages.Add(new Passage(articleId, passages.Count, span, quotes));
            }
        }

        return passages;
    }

    // A short paragraph (a dateline) joins the next one, but never one that is unquotable (a caption): that stays a
    // paragraph of its own, so it makes no passage.
    private List<List<TextSpan>> Paragraphs(string text, IReadOnlyList<TextSpan> sentences, bool[] quotable)
    {
        var singleLine = ParagraphBreaks.UsesSingleLineParagraphs(text);
        var paragraphs = new List<List<TextSpan>>();
        var current = new List<TextSpan>();
        for (var i = 0; i < sentences.Count; i++)
        {
            if (current.Count > 0 && ParagraphBreaks.Between(text, sentences[i - 1].End, sentences[i].Start, singleLine)
                && (!quotable[i] || !(current.Count == 1 && current[0].Length < _options.ShortSentenceCharacters)))
            {
                paragraphs.Add(current);
                current = [];
            }

            current.Add(sentences[i]);
        }

        if (current.Count > 0)
        {
            paragraphs.Add(current);
        }

        return paragraphs;
    }

    // Sentences are shared out evenly (7 with a limit of 3 become 3, 2, 2 rather than 3, 3, 1), so no
    // passage is a lone sentence stripped of its context when a fairer cut exists.
    private IEnumerable<List<TextSpan>> Chunk(List<TextSpan> paragraph)
    {
        var index = 0;
        while (index < paragraph.Count)
        {
            var remaining = paragraph.Count - index;
            var groups = (remaining + _options.MaxSentences - 1) / _options.MaxSentences;
            var target = (remaining + groups - 1) / groups;
            var group = new List<TextSpan> { paragraph[index] };
            index++;
            while (group.Count < target && index < paragraph.Count && paragraph[index].End - group[0].Start <= _options.MaxCharacters)
            {
                group.Add(paragraph[index]);
                index++;
            }

            yield return group;
        }
    }
}
