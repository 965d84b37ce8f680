using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Documents;
using NewsBot.Core.Articles;

namespace NewsBot.Search.Indexing;

/// <summary>Turns an analyzed article into its Lucene documents: one per passage, plus one metadata document.</summary>
internal static class ArticleDocuments
{
    /// <summary>The passage documents followed by the article's metadata document.</summary>
    public static IEnumerable<Document> Create(AnalyzedArticle analyzed)
    {
        ArgumentNullException.ThrowIfNull(analyzed);
        foreach (var passage in analyzed.Passages)
        {
            yield return CreatePassage(analyzed.Article, passage);
        }

        yield return CreateMetadata(analyzed);
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
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    private static Document CreatePassage(Article article, Passage passage)
    {
        var text = passage.Span.Slice(article.Text);
        var document = new Document
        {
            new StringField(IndexFields.Type, IndexFields.PassageType, Field.Store.NO),
            new StoredField(IndexFields.Ordinal, passage.Ordinal),
            new TextField(IndexFields.Text, text, Field.Store.YES),
            new TextField(IndexFields.Exact, text, Field.Store.NO),
            new StoredField(IndexFields.PassageStart, passage.Span.Start),
            new StoredField(IndexFields.Sentences, EncodeSpans(passage.Sentences)),
        };
        AddShared(document, article);
        return document;
    }

    private static Document CreateMetadata(AnalyzedArticle analyzed)
    {
        var article = analyzed.Article;
        var lede = analyzed.Sentences.Count > 0 ? analyzed.Sentences[0].Slice(article.Text) : article.Title;
        var document = new Document
        {
            new StringField(IndexFields.Type, IndexFields.ArticleType, Field.Store.NO),
            new StoredField(IndexFields.ContentHash, analyzed.ContentHash),
            new StoredField(IndexFields.MetadataHash, MetadataHash(article)),
            new StoredField(IndexFields.Lede, lede.Trim()),
            new StoredField(IndexFields.PassageCount, analyzed.Passages.Count),
        };
        foreach (var stated in analyzed.StatedDates)
        {
            document.Add(new StoredField(IndexFields.StatedDate, StoredEvent.Encode(stated, stated.Sentence.Slice(article.Text))));
        }

        AddShared(document, article);
        return document;
    }

    // Fields both kinds of document carry, so filters (outlet, date, source) and citations work on either.
    private static void AddShared(Document document, Article article)
    {
        document.Add(new StringField(IndexFields.Id, article.Id, Field.Store.YES));
        document.Add(new TextField(IndexFields.Title, article.Title, Field.Store.NO));
        document.Add(new StoredField(IndexFields.TitleDisplay, article.Title));
        document.Add(new StringField(IndexFields.Source, article.SourceName, Field.Store.YES));
        if (article.Outlet is { Length: > 0 } outlet)
        {
            document.Add(new StoredField(IndexFields.OutletDisplay, outlet));
            document.Add(new StringField(IndexFields.OutletKey, OutletKey(outlet), Field.Store.NO));
        }

        foreach (var carrier in article.AlsoCarriedBy)
        {
            document.Add(new StoredField(IndexFields.AlsoCarriedBy, carrier));
            document.Add(new StringField(IndexFields.OutletKey, OutletKey(carrier), Field.Store.NO));
        }

        if (article.Url is { Length: > 0 } url)
        {
            document.Add(new StoredField(IndexFields.Url, url));
        }

        if (article.Published is { } published)
        {
            var seconds = published.ToUnixTimeSeconds();
            document.Add(new Int64Field(IndexFields.Published, seconds, Field.Store.NO));
            document.Add(new NumericDocValuesField(IndexFields.PublishedSort, seconds));
            document.Add(new StoredField(IndexFields.PublishedDisplay, published.ToString("o", CultureInfo.InvariantCulture)));
        }
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
