using System.Runtime.CompilerServices;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsBot.Search.Analysis;
using NewsBot.Search.Indexing;

namespace NewsBot.Search.Answering;

/// <summary>
/// What words one index reader holds in its exact field (unstemmed, accents as written): whether a word occurs, the
/// indexed spellings that fold to the same letters ("walesa" finds "wałęsa"), the indexed words one or two edits away
/// (Lucene's <see cref="FuzzyTermsEnum"/>), and whether two words stand side by side somewhere.
/// </summary>
internal sealed class IndexVocabulary
{
    // The folded spellings are listed once per reader: only words with a letter beyond ASCII, a small part of a news
    // vocabulary, so the map stays small; a reader never changes, so neither does the map.
    private static readonly ConditionalWeakTable<IndexReader, Dictionary<string, List<string>>> FoldedByReader = new();

    // Passages read to see how the index writes a word; enough to outvote one headline-style capital.
    private const int NameSample = 5;

    // Headlines read to find a word only a headline may hold: one story's headlines are alike, so a few suffice.
    private const int HeadlineSample = 5;

    private static readonly Analyzer ExactWords = NewsAnalyzers.CreateExact();

    private readonly IndexSearcher _searcher;
    private readonly Dictionary<string, List<string>> _folded;

    private IndexVocabulary(IndexSearcher searcher, Dictionary<string, List<string>> folded)
    {
        _searcher = searcher;
        _folded = folded;
    }

    public static IndexVocabulary Of(IndexSearcher searcher)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        return new IndexVocabulary(searcher, FoldedByReader.GetValue(searcher.IndexReader, ListFolded));
    }

    /// <summary>How many documents hold <paramref name="word"/> in the exact field.</summary>
    public int Frequency(string word) => _searcher.IndexReader.DocFreq(new Term(IndexFields.Exact, word));

    /// <summary>True when the stemmed <paramref name="stem"/> occurs in a passage's text or a headline.</summary>
    public bool HasStem(string stem) =>
        _searcher.IndexReader.DocFreq(new Term(IndexFields.Text, stem)) > 0 || _searcher.IndexReader.DocFreq(new Term(IndexFields.Title, stem)) > 0;

    /// <summary>
    /// True when a headline holds <paramref name="word"/> as written (exact-analysed), read from the headlines holding
    /// its <paramref name="stem"/>: the headline field is stemmed, and a stem is no spelling ("Kais" and "Kai" share one).
    /// </summary>
    public bool InHeadlines(string word, string stem) =>
        _searcher.Search(new TermQuery(new Term(IndexFields.Title, stem)), HeadlineSample).ScoreDocs
            .Any(hit => QuestionParser.Tokens(ExactWords, _searcher.Doc(hit.Doc).Get(IndexFields.TitleDisplay) ?? string.Empty).Any(token => token.Text == word));

    /// <summary>The indexed spellings of <paramref name="word"/> with other accents, most frequent first.</summary>
    public IReadOnlyList<string> SameLetters(string word)
    {
        var folded = Fold(word);
        return _folded.TryGetValue(folded, out var spellings)
            ? spellings.Where(spelling => spelling != word).OrderByDescending(Frequency).ToList()
            : [];
    }

    /// <summary>Indexed words up to <paramref name="edits"/> edits (1 or 2, a swap of neighbours counting as one) from <paramref name="word"/>, itself left out.</summary>
    public List<(string Word, int Frequency)> Within(string word, int edits)
    {
        var found = new List<(string, int)>();
        if (MultiFields.GetTerms(_searcher.IndexReader, IndexFields.Exact) is not { } terms)
        {
            return found;
        }

        var candidates = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(IndexFields.Exact, word), edits, 0, true);
        while (candidates.MoveNext())
        {
            var candidate = candidates.Term.Utf8ToString();
            if (candidate != word)
            {
                found.Add((candidate, candidates.DocFreq));
            }
        }

        return found;
    }

    /// <summary>True when the exact words stand side by side, in this order, in some indexed passage.</summary>
    public bool SideBySide(string first, string second)
    {
        var phrase = new PhraseQuery { new Term(IndexFields.Exact, first), new Term(IndexFields.Exact, second) };
        return _searcher.Search(phrase, 1).TotalHits > 0;
    }

    /// <summary>
    /// True when some passage holds <paramref name="word"/> (as written) together with at least
    /// <paramref name="required"/> of <paramref name="stems"/> (English-analysed).
    /// </summary>
    public bool StandsWith(string word, IReadOnlyCollection<string> stems, int required)
    {
        if (stems.Count < required)
        {
            return false;
        }

        var others = new BooleanQuery { MinimumNumberShouldMatch = required };
        foreach (var stem in stems)
        {
            others.Add(new TermQuery(new Term(IndexFields.Text, stem)), Occur.SHOULD);
        }

        var query = new BooleanQuery
        {
            { new TermQuery(new Term(IndexFields.Exact, word)), Occur.MUST },
            { others, Occur.MUST },
        };
        return _searcher.Search(query, 1).TotalHits > 0;
    }

    /// <summary>
    /// True when the indexed texts write <paramref name="word"/> as a name: capitalised inside a sentence more often
    /// than not, in the first passages that hold it (a capital after a full stop or at the start says nothing).
    /// </summary>
    public bool WrittenAsName(string word)
    {
        int capitalised = 0, lower = 0;
        foreach (var hit in _searcher.Search(new TermQuery(new Term(IndexFields.Exact, word)), NameSample).ScoreDocs)
        {
            var text = _searcher.Doc(hit.Doc).Get(IndexFields.Text) ?? string.Empty;
            for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.OrdinalIgnoreCase))
            {
                var whole = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (at + word.Length == text.Length || !char.IsLetterOrDigit(text[at + word.Length]));
                if (!whole || SentenceStart(text, at))
                {
                    continue;
                }

                if (char.IsUpper(text[at]))
                {
                    capitalised++;
                }
                else
                {
                    lower++;
                }
            }
        }

        return capitalised > lower;
    }

    /// <summary>Accents and ligatures folded to ASCII letters as Lucene's ASCIIFoldingFilter folds them.</summary>
    public static string Fold(string word)
    {
        if (word.All(char.IsAscii))
        {
            return word;
        }

        var output = new char[word.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(word.ToCharArray(), 0, output, 0, word.Length);
        return new string(output, 0, length);
    }

    private static Dictionary<string, List<string>> ListFolded(IndexReader reader)
    {
        var folded = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (MultiFields.GetTerms(reader, IndexFields.Exact) is not { } terms)
        {
            return folded;
        }

        var words = terms.GetEnumerator();
        while (words.MoveNext())
        {
            // Most words are plain ASCII: their bytes say so without decoding them.
            if (!HasNonAsciiByte(words.Term))
            {
                continue;
            }

            var word = words.Term.Utf8ToString();
            var key = Fold(word);
            if (!folded.TryGetValue(key, out var spellings))
            {
                folded[key] = spellings = [];
            }

            spellings.Add(word);
        }

        return folded;
    }

    // Nothing but spaces and opening quotes between the word and a sentence's end, or the text's start.
    private static bool SentenceStart(string text, int at)
    {
        var before = at - 1;
        while (before >= 0 && (char.IsWhiteSpace(text[before]) || text[before] is '"' or '\u201C' or '\'' or '\u2018' or '(' or '['))
        {
            before--;
        }

        return before < 0 || text[before] is '.' or '!' or '?' or ':' or '\u2014';
    }

    private static bool HasNonAsciiByte(BytesRef bytes)
    {
        for (var i = bytes.Offset; i < bytes.Offset + bytes.Length; i++)
        {
            if (bytes.Bytes[i] >= 0x80)
            {
                return true;
            }
        }

        return false;
    }
}
