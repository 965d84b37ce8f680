using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Documents;
using NewsBot.Core.Articles;

namespace NewsBot.Search.Indexing;

/// <summary>Turns an analyzed article into its Lucene documents: one per passage, plus one metadata document.</summary>
internal static class ArticleDocuments
{
    // The passage text, stored for quoting, with character offsets in its postings: the re-ranker reads where the
    // question's stems stand from them instead of analysing every candidate's text again for each question.
    private static readonly FieldType TextWithOffsets = Frozen(new FieldType(TextField.TYPE_STORED)
    {
        IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    });

    // More white space than this between two passages is a layout gap, not a paragraph break: no quote runs across it.
    private const int MaxGapChars = 8;

    /// <summary>The passage documents followed by the article's metadata document.</summary>
    public static IEnumerable<Document> Create(AnalyzedArticle analyzed) => Create(analyzed, new ReusableFields());

    /// <summary>
    /// As <see cref="Create(AnalyzedArticle)"/>, setting the fields of <paramref name="fields"/> again for each document:
    /// each document must be consumed (by a Lucene writer) before the next is asked for.
    /// </summary>
    public static IEnumerable<Document> Create(AnalyzedArticle analyzed, ReusableFields fields)
    {
        ArgumentNullException.ThrowIfNull(analyzed);
        ArgumentNullException.ThrowIfNull(fields);
        for (var i = 0; i < analyzed.Passages.Count; i++)
        {
            fields.NextDocument();
            var next = i + 1 < analyzed.Passages.Count ? analyzed.Passages[i + 1] : null;
            yield return CreatePassage(analyzed.Article, analyzed.Passages[i], next, fields);
        }

        fields.NextDocument();
        yield return CreateMetadata(analyzed, fields);
    }

    /// <summary>A fingerprint of everything but the text that a citation or filter shows, to detect metadata edits.</summary>
    public static string MetadataHash(Article article)
    {
        var builder = new StringBuilder()
            .Append(article.Title).Append('\u001f')
            .Append(article.Outlet).Append('\u001f')
            .Append(article.Url).Append('\u001f')
            .Append(article.Published?.ToString("o", CultureInfo.InvariantCulture)).Append('\u001f')
            .Append(article.SourceName).Append('\u001f')
            .Append(string.Join('\u001e', article.AlsoCarriedBy));
        // The host counts, so a feed's article indexed before its host was stored is written again with it; articles
        // without one (folders, feed files) keep the hash they had.
        if (article.SourceHost is not null)
        {
            builder.Append('\u001f').Append(article.SourceHost);
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    /// <summary>
    /// The article's own (metadata) document written again with <paramref name="outlets"/> credited as carriers, or null
    /// when every one of them is credited already. Carriers live on this document alone, so its passages stay as they are.
    /// </summary>
    public static Document? Recredit(Document metadata, IEnumerable<string> outlets)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(outlets);
        var citation = StoredCitation.Read(metadata);
        var indexed = new Article(
            citation.ArticleId,
            citation.Title,
            string.Empty,
            citation.Outlet,
            citation.Url,
            null,
            citation.Published,
            metadata.Get(IndexFields.Source) ?? string.Empty,
            string.Empty)
        {
            AlsoCarriedBy = citation.AlsoCarriedBy,
            SourceHost = metadata.Get(IndexFields.SourceHost),
        };
        var credited = outlets.Aggregate(indexed, (article, outlet) => article.WithCarrier(outlet));
        return ReferenceEquals(credited, indexed)
            ? null
            : CreateMetadata(
                new ReusableFields(),
                credited,
                metadata.Get(IndexFields.ContentHash) ?? string.Empty,
                metadata.Get(IndexFields.Lede) ?? string.Empty,
                metadata.GetField(IndexFields.PassageCount)?.GetInt32Value() ?? 0,
                metadata.GetValues(IndexFields.StatedDate),
                ReadSketch(metadata));
    }

    private static Document CreatePassage(Article article, Passage passage, Passage? next, ReusableFields fields)
    {
        var document = CreatePassage(fields, article, passage.Span.Slice(article.Text), passage.Ordinal, passage.Span.Start, EncodeSpans(passage.Sentences));
        if (next is not null && GapBetween(article.Text, passage, next) is { } gap)
        {
            document.Add(new StoredField(IndexFields.GapAfter, gap));
        }

        foreach (var key in passage.Sentences.Select(sentence => Vectors.SentenceKey.Of(sentence.Slice(article.Text))).Distinct())
        {
            document.Add(fields.String(IndexFields.SentenceKey, Vectors.SentenceKey.ToTerm(key), Field.Store.NO));
        }

        return document;
    }

    // The characters between two passages, when they are white space alone and few (a paragraph break, a space): what
    // a quote running on into the next passage holds between them. Anything else there (a caption) is never quoted.
    private static string? GapBetween(string text, Passage passage, Passage next)
    {
        var (start, end) = (passage.Span.End, next.Span.Start);
        return end >= start && end - start <= MaxGapChars && string.IsNullOrWhiteSpace(text[start..end]) ? text[start..end] : null;
    }

    /// <summary>The content keys of every sentence the article's passages quote from, for reusing their vectors.</summary>
    public static IEnumerable<ulong> SentenceKeys(AnalyzedArticle analyzed) =>
        analyzed.Passages.SelectMany(passage => passage.Sentences).Select(sentence => Vectors.SentenceKey.Of(sentence.Slice(analyzed.Article.Text)));

    private static Document CreatePassage(ReusableFields fields, Article article, string text, int ordinal, int start, string sentences)
    {
        var document = new Document
        {
            fields.String(IndexFields.Type, IndexFields.PassageType, Field.Store.NO),
            new StoredField(IndexFields.Ordinal, ordinal),
            new Field(IndexFields.Text, text, TextWithOffsets),
            new TextField(IndexFields.Exact, text, Field.Store.NO),
            new StoredField(IndexFields.PassageStart, start),
            new StoredField(IndexFields.Sentences, sentences),
        };
        AddShared(fields, document, article);
        return document;
    }

    private static Document CreateMetadata(AnalyzedArticle analyzed, ReusableFields fields)
    {
        var article = analyzed.Article;
        var lede = analyzed.Sentences.Count > 0 ? analyzed.Sentences[0].Slice(article.Text) : article.Title;
        return CreateMetadata(
            fields,
            article,
            analyzed.ContentHash,
            lede.Trim(),
            analyzed.Passages.Count,
            analyzed.StatedDates.Select(stated => StoredEvent.Encode(stated, stated.Sentence.Slice(article.Text))),
            analyzed.Sketch);
    }

    private static Document CreateMetadata(
        ReusableFields fields,
        Article article,
        string contentHash,
        string lede,
        int passageCount,
        IEnumerable<string> statedDates,
        TextSketch? sketch)
    {
        var document = new Document
        {
            fields.String(IndexFields.Type, IndexFields.ArticleType, Field.Store.NO),
            new StoredField(IndexFields.ContentHash, contentHash),
            new StoredField(IndexFields.MetadataHash, MetadataHash(article)),
            new StoredField(IndexFields.Lede, lede),
            new StoredField(IndexFields.PassageCount, passageCount),
        };
        long? latestEvent = null;
        foreach (var stated in statedDates)
        {
            document.Add(new StoredField(IndexFields.StatedDate, stated));
            latestEvent = Math.Max(latestEvent ?? long.MinValue, StoredEvent.Decode(stated).Date.DayNumber);
        }

        // Every article document gets the column (even without events), so its presence marks an index that has it.
        document.Add(new NumericDocValuesField(IndexFields.LatestEventSort, latestEvent ?? long.MinValue));
        if (latestEvent is { } latest)
        {
            document.Add(fields.Int64(IndexFields.LatestEvent, latest));
        }

        if (sketch is not null)
        {
            var bytes = new byte[sketch.Smallest.Length * sizeof(ulong)];
            for (var i = 0; i < sketch.Smallest.Length; i++)
            {
                BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(i * sizeof(ulong)), sketch.Smallest[i]);
            }

            document.Add(new StoredField(IndexFields.Sketch, bytes));
            foreach (var key in sketch.Keys)
            {
                document.Add(fields.String(IndexFields.SketchKey, SketchKey(key), Field.Store.NO));
            }
        }

        if (article.SourceHost is { Length: > 0 } sourceHost)
        {
            document.Add(new StoredField(IndexFields.SourceHost, sourceHost));
        }

        foreach (var carrier in article.AlsoCarriedBy)
        {
            document.Add(new StoredField(IndexFields.AlsoCarriedBy, carrier));
            document.Add(fields.String(IndexFields.OutletKey, OutletKey(carrier), Field.Store.NO));
            document.Add(fields.String(IndexFields.CarrierKey, OutletKey(carrier), Field.Store.NO));
        }

        AddShared(fields, document, article);
        return document;
    }

    // Fields both kinds of document carry, so filters (outlet, date, source) and citations work on either.
    private static void AddShared(ReusableFields fields, Document document, Article article)
    {
        document.Add(fields.String(IndexFields.Id, article.Id, Field.Store.YES));
        document.Add(fields.Title(article.Title));
        document.Add(new StoredField(IndexFields.TitleDisplay, article.Title));
        document.Add(fields.String(IndexFields.Source, article.SourceName, Field.Store.YES));
        if (article.Outlet is { Length: > 0 } outlet)
        {
            document.Add(new StoredField(IndexFields.OutletDisplay, outlet));
            document.Add(fields.String(IndexFields.OutletKey, OutletKey(outlet), Field.Store.NO));
        }


        if (article.Url is { Length: > 0 } url)
        {
            document.Add(new StoredField(IndexFields.Url, url));
        }

        if (article.Published is { } published)
        {
            var seconds = published.ToUnixTimeSeconds();
            document.Add(fields.Int64(IndexFields.Published, seconds));
            document.Add(new NumericDocValuesField(IndexFields.PublishedSort, seconds));
            document.Add(new StoredField(IndexFields.PublishedDisplay, published.ToString("o", CultureInfo.InvariantCulture)));
        }
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    /// <summary>A sketch lookup key as an indexed term.</summary>
    public static string SketchKey(ulong key) => key.ToString("x16", CultureInfo.InvariantCulture);

    /// <summary>The wording sketch stored on an article document, or null when it has none (a text too short).</summary>
    public static TextSketch? ReadSketch(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.GetBinaryValue(IndexFields.Sketch) is not { } stored)
        {
            return null;
        }

        var span = stored.Bytes.AsSpan(stored.Offset, stored.Length);
        var hashes = new ulong[span.Length / sizeof(ulong)];
        for (var i = 0; i < hashes.Length; i++)
        {
            hashes[i] = BinaryPrimitives.ReadUInt64LittleEndian(span[(i * sizeof(ulong))..]);
        }

        return TextSketch.FromSmallest(hashes);
    }

    /// <summary>The filter key of an outlet name: trimmed and lowercased, so "Newsmax" and "newsmax " match.</summary>
    public static string OutletKey(string outlet) => outlet.Trim().ToLowerInvariant();

    private static string EncodeSpans(IEnumerable<TextSpan> spans) =>
        string.Join(';', spans.Select(span => string.Create(CultureInfo.InvariantCulture, $"{span.Start}:{span.Length}")));

    /// <summary>Reads back spans written by <see cref="EncodeSpans"/>.</summary>
    public static IReadOnlyList<TextSpan> DecodeSpans(string? encoded)
    {
        if (string.IsNullOrEmpty(encoded))
        {
            return [];
        }

        return encoded.Split(';').Select(part =>
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            return new TextSpan(
                int.Parse(part.AsSpan(0, colon), CultureInfo.InvariantCulture),
                int.Parse(part.AsSpan(colon + 1), CultureInfo.InvariantCulture));
        }).ToList();
    }
}
