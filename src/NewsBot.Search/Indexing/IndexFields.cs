using Lucene.Net.Util;

namespace NewsBot.Search.Indexing;

/// <summary>Names of the index fields and the one Lucene version every analyzer and writer uses.</summary>
internal static class IndexFields
{
    /// <summary>The single Lucene compatibility version of the whole project.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // StringField (indexed as one untokenized term): "passage" or "article", so one query can reach just one kind.
    public const string Type = "type";
    public const string PassageType = "passage";
    public const string ArticleType = "article";

    // StringField, stored: the article id; an exact term so an upsert can delete every document of an article at once.
    public const string Id = "id";

    // StoredField: the passage's ordinal in its article; only read back, never searched.
    public const string Ordinal = "ordinal";

    // TextField with the English analyzer (stemmed, stop words removed): the main searchable passage text. Stored,
    // because quotes are cut from it verbatim; positions and character offsets in its postings, for the re-ranker.
    public const string Text = "text";

    // StoredField (absent after an article's last passage): the characters between the passage and the next one when
    // they are a few white-space characters (a paragraph break), so a quote may run on into the next passage verbatim.
    // Absent where something unquotable (a caption) stands between, and in indexes written before it existed.
    public const string GapAfter = "gap_after";

    // TextField, not stored, unstemmed analyzer: the same passage text for names, exact words and quoted phrases.
    public const string Exact = "exact";

    // TextField, not stored, English analyzer: the headline, weighted in queries because headlines name the story.
    public const string Title = "title";

    // StoredField: the headline as written, for citations.
    public const string TitleDisplay = "title_display";

    // StoredField: where the passage starts in the article text, to turn passage-relative offsets into article offsets.
    public const string PassageStart = "passage_start";

    // StoredField: the sentence spans inside the passage ("start:length;..."), article-relative.
    public const string Sentences = "sentences";

    // StringField, not stored: the content key of each sentence of the passage (SentenceKey), to find it by a sentence vector.
    public const string SentenceKey = "sentence_key";

    // StoredField: the outlet as written, for display.
    public const string OutletDisplay = "outlet";

    // StringField (lowercased): exact, case-insensitive outlet filters; the publisher on every document, and each
    // carrier too on the article's own document.
    public const string OutletKey = "outlet_key";

    // StringField (article document, lowercased, one per carrier, not stored): the stories an outlet carried, so an
    // outlet filter on passages can reach them through their article's document.
    public const string CarrierKey = "carrier_key";

    // StoredField: the link.
    public const string Url = "url";

    // Int64Field (trie-encoded unix seconds): range filters on publication date. Not stored.
    public const string Published = "published";

    // NumericDocValuesField: the same seconds as a column, for sorting newest first without loading documents.
    public const string PublishedSort = "published_sort";

    // StoredField: the exact publication time with its offset ("o" format), for citations.
    public const string PublishedDisplay = "published_display";

    // StringField, stored: the configured source that produced the article, to list and prune a source's articles.
    public const string Source = "source";

    // StoredField (article document): the configured host of that source (a feed's), so a refresh can tell whether the
    // indexed copy came from the source whose host is the story's own when another source claims its url.
    public const string SourceHost = "source_host";

    // StoredField (article document, multi-valued): other outlets that carried the story, credited in citations. Only on
    // the article's own document, so crediting another carrier rewrites that one document, not every passage.
    public const string AlsoCarriedBy = "also";

    // StoredField (article document): hash of the normalised text, to spot unchanged articles on upsert.
    public const string ContentHash = "content_hash";

    // StoredField (article document): hash of the metadata, so a changed headline or date also counts as an update.
    public const string MetadataHash = "metadata_hash";

    // StoredField (article document): the first sentence, for the recent list.
    public const string Lede = "lede";

    // StoredField (article document, multi-valued): one stated date with its sentence, encoded by StoredEvent.
    public const string StatedDate = "stated_date";

    // Int64Field (article document, not stored): the day number (DateOnly.DayNumber) of the latest stated date, so the
    // recent list can skip articles whose events are all older than asked. Absent when the article states no date.
    public const string LatestEvent = "latest_event";

    // NumericDocValuesField (every article document): the same day number, long.MinValue without events, for reading
    // articles in order of their latest event.
    public const string LatestEventSort = "latest_event_sort";

    // StoredField (article document): how many passages the article has, for statistics.
    public const string PassageCount = "passage_count";

    // StoredField (article document): the text's wording sketch (TextSketch.Smallest, 8 bytes each, little-endian).
    public const string Sketch = "sketch";

    // StringField (article document, multi-valued, not stored): the sketch's lookup keys in hex, so a refresh can find
    // indexed stories whose wording may be near-identical to a new one with one query.
    public const string SketchKey = "sketch_key";

    /// <summary>Commit user-data key holding the time of the last change.</summary>
    public const string UpdatedAtKey = "updated_at";
}
