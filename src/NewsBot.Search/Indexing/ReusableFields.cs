using Lucene.Net.Analysis;
using Lucene.Net.Documents;

namespace NewsBot.Search.Indexing;

/// <summary>
/// The untokenized and numeric fields one writer thread sets again for every document instead of making new ones,
/// and the headline's tokens, analysed once per article rather than once per passage.
/// </summary>
/// <remarks>
/// Lucene gives each <see cref="StringField"/> and <see cref="Int64Field"/> a token stream of its own, whose attributes
/// it looks up in a process-wide registry under a lock. Made anew for every field of every document, that was the
/// largest single cost of a full reindex in the profile (issue 21): the two writers queued on that lock for about a
/// third of their time. A field keeps its token stream when only its value changes, so one instance per name and
/// place in the document serves every document. This is safe because Lucene consumes each document before the next
/// one is made (documents are yielded one at a time) and because an instance is never shared between threads.
/// </remarks>
internal sealed class ReusableFields
{
    private readonly Dictionary<(string Name, bool Stored), Slots<StringField>> _strings = [];
    private readonly Dictionary<string, Slots<Int64Field>> _numbers = new(StringComparer.Ordinal);
    private readonly bool _reuse;
    private readonly Analyzer? _titleAnalyzer;
    private readonly RecordedTokens _title = new();
    private Field? _titleField;
    private int _document;

    /// <summary>Fields set again from one document to the next; headlines are analysed by the writer, per document.</summary>
    public ReusableFields()
        : this(reuse: true, titleAnalyzer: null)
    {
    }

    /// <summary>
    /// As <see cref="ReusableFields()"/>, and a headline is analysed once by <paramref name="titleAnalyzer"/> (the
    /// writer's own analyzer, so the tokens are the ones it would make) for all the documents that repeat it.
    /// </summary>
    public ReusableFields(Analyzer titleAnalyzer)
        : this(reuse: true, titleAnalyzer)
    {
        ArgumentNullException.ThrowIfNull(titleAnalyzer);
    }

    private ReusableFields(bool reuse, Analyzer? titleAnalyzer)
    {
        _reuse = reuse;
        _titleAnalyzer = titleAnalyzer;
    }

    /// <summary>A new field for every call, as before reuse: the reference that checks reuse changes no index.</summary>
    public static ReusableFields NewEveryTime() => new(reuse: false, titleAnalyzer: null);

    /// <summary>Starts a new document: every field handed out before may be handed out again.</summary>
    public void NextDocument() => _document++;

    /// <summary>A <see cref="StringField"/> named <paramref name="name"/> holding <paramref name="value"/>.</summary>
    public StringField String(string name, string value, Field.Store store)
    {
        var key = (name, store == Field.Store.YES);
        if (!_strings.TryGetValue(key, out var slots))
        {
            _strings[key] = slots = new Slots<StringField>();
        }

        if (_reuse && slots.Next(_document) is { } field)
        {
            field.SetStringValue(value);
            return field;
        }

        return _reuse ? slots.Add(new StringField(name, value, store)) : new StringField(name, value, store);
    }

    /// <summary>An indexed, not stored <see cref="Int64Field"/> named <paramref name="name"/> holding <paramref name="value"/>.</summary>
    public Int64Field Int64(string name, long value)
    {
        if (!_numbers.TryGetValue(name, out var slots))
        {
            _numbers[name] = slots = new Slots<Int64Field>();
        }

        if (_reuse && slots.Next(_document) is { } field)
        {
            field.SetInt64Value(value);
            return field;
        }

        return _reuse ? slots.Add(new Int64Field(name, value, Field.Store.NO)) : new Int64Field(name, value, Field.Store.NO);
    }

    /// <summary>
    /// The searchable headline (<see cref="IndexFields.Title"/>, not stored): its tokens replayed when the previous
    /// document had the same headline, else analysed once more. A document holds one headline.
    /// </summary>
    public Field Title(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        if (_titleAnalyzer is null)
        {
            return new TextField(IndexFields.Title, title, Field.Store.NO);
        }

        if (!string.Equals(_title.Text, title, StringComparison.Ordinal))
        {
            _title.Record(_titleAnalyzer, IndexFields.Title, title);
        }

        _titleField ??= new TextField(IndexFields.Title, _title);
        return _titleField;
    }

    /// <summary>The instances of one field name, and how many the current document has taken.</summary>
    private sealed class Slots<T>
        where T : Field
    {
        private readonly List<T> _fields = [];
        private int _document = -1;
        private int _taken;

        // The next instance not yet taken by the current document, or null when all are (the caller adds one).
        public T? Next(int document)
        {
            if (document != _document)
            {
                _document = document;
                _taken = 0;
            }

            return _taken < _fields.Count ? _fields[_taken++] : null;
        }

        public T Add(T field)
        {
            _fields.Add(field);
            _taken++;
            return field;
        }
    }
}
