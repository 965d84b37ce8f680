using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsBot.Search.Indexing;

/// <summary>
/// A text's tokens as an analyzer produced them (term, position increment, offsets, and what the stream's end
/// reports), recorded once and replayed for every document that indexes the same text again.
/// </summary>
/// <remarks>
/// Every passage of an article carries the article's headline in its title field, so without this the same headline
/// was analysed once per passage (eight times per article on Wikinews). The writer reads only the term, the position
/// increment and the offsets of a token (and a payload, which the English chain never adds), so replaying those
/// writes the same postings and the same norms as analysing the text again: <c>ReusableFieldsTests</c> compares the
/// two indexes term by term.
/// </remarks>
internal sealed class RecordedTokens : TokenStream
{
    private readonly List<(string Term, int Increment, int Start, int End)> _tokens = [];
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IOffsetAttribute _offset;
    private int _endIncrement;
    private int _endStart;
    private int _endOffset;
    private int _next;

    public RecordedTokens()
    {
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    /// <summary>The text last recorded, or null before the first.</summary>
    public string? Text { get; private set; }

    /// <summary>Analyses <paramref name="text"/> as <paramref name="analyzer"/> would for <paramref name="field"/> and keeps its tokens.</summary>
    public void Record(Analyzer analyzer, string field, string text)
    {
        _tokens.Clear();
        using (var stream = analyzer.GetTokenStream(field, text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                _tokens.Add((term.ToString(), increment.PositionIncrement, offset.StartOffset, offset.EndOffset));
            }

            stream.End();
            _endIncrement = increment.PositionIncrement;
            _endStart = offset.StartOffset;
            _endOffset = offset.EndOffset;
        }

        Text = text;
        _next = 0;
    }

    public override bool IncrementToken()
    {
        if (_next >= _tokens.Count)
        {
            return false;
        }

        ClearAttributes();
        var (term, increment, start, end) = _tokens[_next++];
        _term.SetEmpty().Append(term);
        _increment.PositionIncrement = increment;
        _offset.SetOffset(start, end);
        return true;
    }

    public override void End()
    {
        base.End();
        _increment.PositionIncrement = _endIncrement;
        _offset.SetOffset(_endStart, _endOffset);
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }
}
