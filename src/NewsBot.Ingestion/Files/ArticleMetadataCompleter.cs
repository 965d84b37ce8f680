using NewsBot.Core.Articles;
using NewsBot.Ingestion.Dates;
using NewsBot.Ingestion.Text;

namespace NewsBot.Ingestion.Files;

/// <summary>
/// Fills in what an article's container did not state: the title from the words of its file's name, else from the
/// main clause of its lede (see <see cref="TitleFromFileName"/> and <see cref="TitleFromLede"/>), and the published date from the first full date the text states ("On Nov. 21, 2025, ...").
/// </summary>
public sealed class ArticleMetadataCompleter
{
    private readonly SentenceSplitter _splitter;
    private readonly StatedDateExtractor _dates;

    /// <summary>Creates a completer using the given splitter and date extractor, and <paramref name="timeProvider"/> (default: the system clock) as "now".</summary>
    public ArticleMetadataCompleter(SentenceSplitter splitter, StatedDateExtractor dates, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(splitter);
        ArgumentNullException.ThrowIfNull(dates);
        _splitter = splitter;
        _dates = dates;
        Time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The clock a stated published date is judged against (<see cref="PlausibleDates"/>).</summary>
    public TimeProvider Time { get; }

    /// <summary>A completer with the default splitter and extractor.</summary>
    public static ArticleMetadataCompleter CreateDefault()
    {
        var splitter = new SentenceSplitter();
        return new ArticleMetadataCompleter(splitter, new StatedDateExtractor(splitter));
    }

    /// <summary><paramref name="article"/> with a blank title and a missing published date derived from its text.</summary>
    public Article Complete(Article article) => Complete(article, fileName: null);

    /// <summary>
    /// <paramref name="article"/> with a blank title derived from <paramref name="fileName"/> (the file that holds this one
    /// article, when it does) or else from its text, and a missing published date derived from its text.
    /// </summary>
    public Article Complete(Article article, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(article);
        var title = string.IsNullOrWhiteSpace(article.Title)
            ? TitleFromFileName.Make(fileName) ?? TitleFromLede.Make(article.Text, _splitter)
            : article.Title;
        var published = article.Published
            ?? (_dates.FirstAbsoluteDate(article.Text) is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null);
        return title == article.Title && published == article.Published ? article : article with { Title = title, Published = published };
    }
}
