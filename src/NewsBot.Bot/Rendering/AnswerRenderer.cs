using System.Globalization;
using System.Text;
using NewsBot.Bot.Conversation;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;

namespace NewsBot.Bot.Rendering;

/// <summary>
/// Turns an answer into a reply for a phone in a busy channel: one card quoting a page of article groups, each quote
/// ending with its source's number (<c>[1]</c>, numbered across pages so "see [5]" stays unambiguous), the numbered
/// sources listed once under the quotes, and "More quotes" buttons. Everything stays within the reply limits: quotes
/// are cut at word boundaries (never refused), and every word taken from an article is escaped.
/// </summary>
public static class AnswerRenderer
{
    /// <summary>Article groups shown per page.</summary>
    public const int GroupsPerPage = 3;

    /// <summary>Characters of a headline kept in the list of sources (escaped), so three of them fit a phone's screen beside the quotes.</summary>
    public const int SourceHeadline = 100;

    /// <summary>Closest headlines offered when nothing answers.</summary>
    public const int ClosestHeadlines = 5;

    /// <summary>Colour of answer embeds.</summary>
    public const int AnswerColor = 0x2B6CB0;

    /// <summary>Colour of "not found" embeds.</summary>
    public const int NotFoundColor = 0x718096;

    // Raw characters kept per quote, tried from the most generous down until the page fits the reply limits.
    private static readonly int[] QuoteBudgets = [1200, 800, 500, 320, 200, 120];

    /// <summary>How many pages the answer's article groups fill.</summary>
    public static int PageCount(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Math.Max(1, (answer.Articles.Count + GroupsPerPage - 1) / GroupsPerPage);
    }

    /// <summary>
    /// The message for an answer: quotes when found, the closest headlines when not. <paramref name="sessionKey"/> is
    /// the paging session (null: no buttons); <paramref name="page"/> is clamped to the pages there are.
    /// </summary>
    public static Reply Render(Answer answer, int page, string? sessionKey, IndexStats stats)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(stats);
        return answer.Outcome switch
        {
            AnswerOutcome.Found when answer.Articles.Count > 0 => Found(answer, page, sessionKey, stats),
            AnswerOutcome.Rejected => Reply.Note(Rejected(answer)),
            _ => NotFound(answer, stats),
        };
    }

    /// <summary>The one sentence shown when the engine refuses a question.</summary>
    public static string Rejected(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return TextCut.AtWord(answer.Problem ?? "This question cannot be asked. Try a few plain words about the news.", ReplyLimits.Text);
    }

    private static Reply Found(Answer answer, int page, string? sessionKey, IndexStats stats)
    {
        var pageCount = PageCount(answer);
        page = Math.Clamp(page, 0, pageCount - 1);
        var firstNumber = (page * GroupsPerPage) + 1;
        var groups = answer.Articles.Skip(page * GroupsPerPage).Take(GroupsPerPage).ToList();
        var title = Title(answer.Question);
        var footer = IndexFooter.Create(stats, page, pageCount);
        var caveat = NotFoundMarkup.Caveat(answer);
        Card? card = null;
        foreach (var budget in QuoteBudgets)
        {
            card = new Card { Title = title, Description = caveat + Describe(groups, firstNumber, budget), Color = AnswerColor, Footer = footer };
            if (ReplySize.Fits(card))
            {
                break;
            }
        }

        // Even the smallest quotes did not fit (very many quotes per article): drop quotes from the end until it does.
        while (!ReplySize.Fits(card!))
        {
            groups = Shrink(groups);
            card = card! with { Description = caveat + Describe(groups, firstNumber, QuoteBudgets[^1]) };
        }

        return new Reply
        {
            Cards = [card!],
            Buttons = PageButtons.Row(PageButtons.Ask, sessionKey, page, pageCount, "Previous", "More quotes"),
        };
    }

    private static Reply NotFound(Answer answer, IndexStats stats)
    {
        var description = new StringBuilder();
        description.Append("Nothing indexed answers this well enough to quote, so I won't guess.");
        if (NotFoundMarkup.Explain(answer) is { Length: > 0 } why)
        {
            description.Append("\n\n").Append(why.TrimEnd('\n'));
        }

        var closest = answer.ClosestHeadlines.Take(ClosestHeadlines).ToList();
        if (closest.Count > 0)
        {
            description.Append("\n\n**Closest headlines:**");
            foreach (var citation in closest)
            {
                description.Append("\n\u2022 ").Append(CitationMarkup.Line(citation, SourceHeadline));
            }
        }

        description.Append("\n\n").Append(NextStep.Suggestion(answer.Question));

        return new Reply
        {
            Cards = [new Card { Title = Title(answer.Question), Description = description.ToString(), Color = NotFoundColor, Footer = IndexFooter.Create(stats) }],
            Buttons = [],
        };
    }

    private static string Title(string question) => TextCut.Escaped($"\u201C{question.Trim()}\u201D", ReplyLimits.CardTitle);

    private static string Describe(IReadOnlyList<ArticleQuotes> groups, int firstNumber, int quoteBudget)
    {
        var description = new StringBuilder();
        for (var i = 0; i < groups.Count; i++)
        {
            if (i > 0)
            {
                description.Append('\n');
            }

            foreach (var quote in groups[i].Quotes)
            {
                description.Append("> \u201C").Append(QuoteMarkup.Render(quote, quoteBudget)).Append("\u201D ").Append(Number(firstNumber + i)).Append('\n');
            }
        }

        description.Append(groups.Count == 1 ? "\n**Source**" : "\n**Sources**");
        for (var i = 0; i < groups.Count; i++)
        {
            description.Append('\n').Append(Number(firstNumber + i)).Append(' ').Append(CitationMarkup.Line(groups[i].Citation, SourceHeadline));
        }

        return description.ToString();
    }

    // The same mark the command line uses, so a member can point at a source in either: "see [2]".
    private static string Number(int number) => string.Create(CultureInfo.InvariantCulture, $"[{number}]");

    private static List<ArticleQuotes> Shrink(List<ArticleQuotes> groups)
    {
        var last = groups[^1];
        if (last.Quotes.Count > 1)
        {
            return [.. groups.SkipLast(1), last with { Quotes = [.. last.Quotes.SkipLast(1)] }];
        }

        if (groups.Count > 1)
        {
            return [.. groups.SkipLast(1)];
        }

        // One group with one quote cannot exceed the limits at the smallest budget; this only guards against a loop.
        throw new InvalidOperationException("An answer with one quote did not fit in a card.");
    }
}
