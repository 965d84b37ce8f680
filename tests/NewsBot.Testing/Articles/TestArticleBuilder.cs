using System.Security.Cryptography;
using System.Text;
using NewsBot.Core.Articles;

namespace NewsBot.Testing.Articles;

/// <summary>
/// Builds <see cref="AnalyzedArticle"/>s for tests without the real splitter: sentences end at '.', '?' or '!'
/// (plus closing quotes) followed by white space and a capital letter or opening quote, paragraphs at line breaks;
/// passages are a few consecutive sentences of one paragraph. Offsets are exact; stated dates are given explicitly.
/// </summary>
public sealed class TestArticleBuilder
{
    private readonly string _id;
    private readonly string _text;
    private readonly List<(DateOnly Date, string Mention)> _statedDates = [];
    private string? _title;
    private string? _outlet;
    private string? _url;
    private DateTimeOffset? _published;
    private string _sourceName = "tests";
    private IReadOnlyList<string> _alsoCarriedBy = [];
    private int _sentencesPerPassage = 3;

    private TestArticleBuilder(string id, string text)
    {
        _id = id;
        _text = text;
    }

    /// <summary>Starts an article with the given id and body text.</summary>
    public static TestArticleBuilder Article(string id, string text) => new(id, text);

    /// <summary>Headline; by default the first sentence.</summary>
    public TestArticleBuilder Titled(string title) { _title = title; return this; }

    public TestArticleBuilder From(string outlet) { _outlet = outlet; return this; }

    public TestArticleBuilder At(string url) { _url = url; return this; }

    public TestArticleBuilder Published(DateTimeOffset published) { _published = published; return this; }

    public TestArticleBuilder InSource(string sourceName) { _sourceName = sourceName; return this; }

    public TestArticleBuilder AlsoCarriedBy(params string[] outlets) { _alsoCarriedBy = outlets; return this; }

    public TestArticleBuilder SentencesPerPassage(int count) { _sentencesPerPassage = count; return this; }

    /// <summary>States <paramref name="date"/> at the first occurrence of <paramref name="mention"/> in the text.</summary>
    public TestArticleBuilder Stating(DateOnly date, string mention) { _statedDates.Add((date, mention)); return this; }

    public AnalyzedArticle Build()
    {
        var paragraphs = SplitSentences(_text);
        var sentences = paragraphs.SelectMany(paragraph => paragraph).ToList();
        var passages = new List<Passage>();
        foreach (var paragraph in paragraphs)
        {
            for (var i = 0; i < paragraph.Count; i += _sentencesPerPassage)
            {
                var group = paragraph.Skip(i).Take(_sentencesPerPassage).ToList();
                var span = new TextSpan(group[0].Start, group[^1].End - group[0].Start);
                passages.Add(new Passage(_id, passages.Count, span, group));
            }
        }

        var stated = _statedDates.Select(pair =>
        {
            var at = _text.IndexOf(pair.Mention, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new ArgumentException($"The text does not contain the date mention '{pair.Mention}'.");
            }

            var sentence = sentences.First(span => span.Start <= at && at < span.End);
            return new StatedDate(pair.Date, new TextSpan(at, pair.Mention.Length), sentence);
        }).ToList();

        var title = _title ?? (sentences.Count > 0 ? sentences[0].Slice(_text) : _id);
        var article = new Article(_id, title, _text, _outlet, _url, null, _published, _sourceName, $"test:{_id}")
        {
            AlsoCarriedBy = _alsoCarriedBy,
        };
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(_text)));
        return new AnalyzedArticle(article, sentences, passages, stated, hash);
    }

    /// <summary>Sentence spans grouped by paragraph, trimmed of surrounding white space.</summary>
    public static List<List<TextSpan>> SplitSentences(string text)
    {
        var paragraphs = new List<List<TextSpan>>();
        var current = new List<TextSpan>();
        var start = -1;

        void Close(int end)
        {
            while (end > start && start >= 0 && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (start >= 0 && end > start)
            {
                current.Add(new TextSpan(start, end - start));
            }

            start = -1;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                Close(i);
                if (current.Count > 0)
                {
                    paragraphs.Add(current);
                    current = [];
                }

                continue;
            }

            if (start < 0 && !char.IsWhiteSpace(c))
            {
                start = i;
            }

            if (start >= 0 && c is '.' or '?' or '!')
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '"' or '\u201D' or '\u2019' or '\'' or ')')
                {
                    end++;
                }

                var next = end;
                while (next < text.Length && text[next] is ' ' or '\t')
                {
                    next++;
                }

                if (next > end && next < text.Length && (char.IsUpper(text[next]) || text[next] is '"' or '\u201C'))
                {
                    Close(end);
                    i = next - 1;
                }
            }
        }

        Close(text.Length);
        if (current.Count > 0)
        {
            paragraphs.Add(current);
        }

        return paragraphs;
    }
}
