using NewsBot.Core.Articles;
using NewsBot.Core.Sources;
using NewsBot.Ingestion.Dates;
using NewsBot.Ingestion.Sources;
using NewsBot.Ingestion.Text;
using NewsBot.Ingestion.Urls;

namespace NewsBot.Ingestion.Files;

/// <summary>Turns a raw article into an <see cref="Article"/>: checks text and date, derives the id, applies the source's defaults.</summary>
internal sealed class ArticleBuilder(SourceOptions source, ArticleMetadataCompleter completer)
{
    /// <summary>
    /// The article, or a skipped item saying why it cannot be one; <c>Note</c> reports what was dropped from an article
    /// that is still kept (a refused url).
    /// </summary>
    public (Article? Article, SkippedItem? Skipped, SkippedItem? Note) Build(RawArticle raw, string relativePath)
    {
        if (string.IsNullOrWhiteSpace(ControlCharacters.Text(raw.Text)))
        {
            return (null, new SkippedItem(raw.ProblemLocation, raw.Line, "The article has no text."), null);
        }

        DateTimeOffset? published = null;
        if (raw.Published is { } stated)
        {
            published = PublishedDateParser.Parse(stated);
            if (published is null)
            {
                return (null, new SkippedItem(raw.ProblemLocation, raw.Line, $"The published date '{stated}' is not a valid date (use ISO 8601, for example 2025-11-21)."), null);
            }

            if (PlausibleDates.Refusal(published.Value, completer.Time.GetUtcNow()) is { } implausible)
            {
                return (null, new SkippedItem(raw.ProblemLocation, raw.Line, implausible), null);
            }
        }

        SkippedItem? note = null;
        var rawUrl = raw.Url;
        if (CitationUrls.Refusal(rawUrl) is { } refusal)
        {
            note = new SkippedItem(raw.ProblemLocation, raw.Line, refusal);
            rawUrl = null;
        }

        var url = UrlNormalizer.Normalize(rawUrl);
        var id = raw.Id ?? (url is not null ? ArticleIds.FromUrl(url) : ArticleIds.FromLocation(source.Name, relativePath, raw.ItemKey));
        var article = new Article(
            Id: id,
            Title: raw.Title ?? string.Empty,
            Text: raw.Text,
            // The operator's name for the outlet wins: a file naming itself "Trusted Times" does not make it so.
            Outlet: source.Outlet ?? raw.Outlet,
            Url: rawUrl?.Trim(),
            Author: raw.Author,
            Published: published,
            SourceName: source.Name,
            Location: raw.Location)
        {
            Label = source.Label,
        };
        // A file holding many articles names none of them; a file holding one is usually named after its story.
        // Control characters never get past ingestion: not from the text, the front matter, nor the file's name.
        return (ControlCharacters.Clean(completer.Complete(article, raw.ItemKey is null ? raw.Location : null)), null, note);
    }
}
