using Lucene.Net.Documents;

namespace NewsBot.Search.Indexing;

/// <summary>
/// The untokenized and numeric fields one writer thread sets again for every document instead of making new ones.
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
    private int _document;

    /// <summary>Fields set again from one document to the next.</summary>
    public ReusableFields()
        : this(reuse: true)
    {
    }

    private ReusableFields(bool reuse) => _reuse = reuse;

    /// <summary>A new field for every call, as before reuse: the reference that checks reuse changes no index.</summary>
    public static ReusableFields NewEveryTime() => new(reuse: false);

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
