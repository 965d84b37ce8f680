using System.Text;
using NewsBot.Bot.Conversation;
using NewsBot.Core.Formatting;
using NewsBot.Core.Indexing;
using NewsBot.Core.Recent;

namespace NewsBot.Bot.Rendering;

/// <summary>
/// The <c>/recent</c> list as a reply: newest articles one line each (date, outlet, linked headline), the
/// dated events stated in them on the first page, and buttons for older and newer pages.
/// </summary>
public static class RecentRenderer
{
    /// <summary>Dated events shown under the first page.</summary>
    public const int EventsShown = 5;

    private const int Color = 0x2F855A;

    // Characters kept per line (headline, outlet) and whether headlines are links (long addresses count too),
    // tried from the most generous down until the page fits.
    private static readonly (int Headline, int Outlet, bool Links)[] LineBudgets =
        [(180, 100, true), (120, 60, true), (80, 40, true), (50, 30, true), (80, 40, false), (50, 30, false), (30, 20, false)];

    /// <summary>How many pages of <paramref name="pageSize"/> lines the articles fill.</summary>
    public static int PageCount(RecentNews recent, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(recent);
        return Math.Max(1, (recent.Articles.Count + pageSize - 1) / pageSize);
    }

    /// <summary>Page <paramref name="page"/> of the list; <paramref name="filters"/> is a short description of what was asked for.</summary>
    public static Reply Render(RecentNews recent, string filters, int page, int pageSize, string? sessionKey, IndexStats stats)
    {
        ArgumentNullException.ThrowIfNull(recent);
        ArgumentNullException.ThrowIfNull(filters);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var title = filters.Length == 0 ? "Recent news" : TextCut.Escaped($"Recent news: {filters}", ReplyLimits.CardTitle);
        if (recent.Articles.Count == 0 && recent.Events.Count == 0 && recent.Expected.Count == 0)
        {
            return new Reply
            {
                Cards = [new Card { Title = title, Description = "Nothing indexed matches these filters.", Color = Color, Footer = IndexFooter.Create(stats) }],
                Buttons = [],
            };
        }

        var pageCount = PageCount(recent, pageSize);
        page = Math.Clamp(page, 0, pageCount - 1);
        var articles = recent.Articles.Skip(page * pageSize).Take(pageSize).ToList();
        var fields = page == 0 && (recent.Events.Count > 0 || recent.Expected.Count > 0) ? new List<CardField>() : null;
        if (recent.Events.Count > 0)
        {
            fields?.Add(Events("Dated events stated in these articles", recent.Events));
        }

        if (recent.Expected.Count > 0)
        {
            // Dates after the newest article were still to come when it was written: apart, below the news.
            fields?.Add(Events("Expected (dated after the newest article)", recent.Expected));
        }

        Card card = null!;
        foreach (var budget in LineBudgets)
        {
            card = new Card
            {
                Title = title,
                Description = Lines(articles, budget),
                Color = Color,
                Fields = fields,
                Footer = IndexFooter.Create(stats, page, pageCount),
            };
            if (ReplySize.Fits(card))
            {
                break;
            }
        }

        // 25 lines at the smallest budget still fit; the guard keeps a future change from sending a refused message.
        while (!ReplySize.Fits(card) && articles.Count > 1)
        {
            articles.RemoveAt(articles.Count - 1);
            card = card with { Description = Lines(articles, LineBudgets[^1]) };
        }

        return new Reply
        {
            Cards = [card],
            Buttons = PageButtons.Row(PageButtons.Recent, sessionKey, page, pageCount, "Newer", "Older"),
        };
    }

    private static string Lines(IReadOnlyList<RecentArticle> articles, (int Headline, int Outlet, bool Links) budget)
    {
        if (articles.Count == 0)
        {
            return "No articles on this page.";
        }

        var lines = new StringBuilder();
        foreach (var article in articles)
        {
            var citation = article.Citation;
            var day = DisplayFormat.Day(citation.Published);
            if (lines.Length > 0)
            {
                lines.Append('\n');
            }

            lines.Append('`').Append(day).Append("` \u00B7 ").Append(CitationMarkup.Outlets(citation, budget.Outlet))
                .Append(" \u00B7 ").Append(CitationMarkup.Headline(citation, budget.Headline, budget.Links));
        }

        return lines.ToString();
    }

    private static CardField Events(string name, IReadOnlyList<NewsEvent> events)
    {
        var value = new StringBuilder();
        foreach (var newsEvent in events.Take(EventsShown))
        {
            var line = $"`{DisplayFormat.Day(newsEvent.Date)}` \u201C{TextCut.Escaped(newsEvent.Sentence, 120)}\u201D \u2014 {CitationMarkup.Outlets(newsEvent.Citation)}";
            if (value.Length + line.Length + 1 > ReplyLimits.FieldValue)
            {
                break;
            }

            value.Append(value.Length > 0 ? "\n" : string.Empty).Append(line);
        }

        return new CardField(name, value.Length > 0 ? value.ToString() : "\u2014");
    }
}
