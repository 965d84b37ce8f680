using System.Text;
using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Text;

/// <summary>
/// Takes control characters out of what an article says about itself, at ingestion: an escape sequence in a title, a
/// text or an outlet (<c>ESC [2J</c> clears a terminal, <c>ESC ]8;;url BEL</c> hides a link) would otherwise reach every
/// terminal that prints it. C0 and C1 controls and DEL go; a text keeps its line breaks and tabs, a one-line field (a
/// title, an outlet, an author) turns them into spaces. A title is also bounded in length.
/// </summary>
public static class ControlCharacters
{
    /// <summary>Longest title kept, in characters; a longer one is cut at a word and ends with an ellipsis.</summary>
    public const int MaxTitleCharacters = 300;

    /// <summary><paramref name="article"/> with its title, text, outlet, author and carriers cleaned, its title bounded.</summary>
    public static Article Clean(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var title = BoundTitle(Line(article.Title) ?? string.Empty);
        var text = Text(article.Text);
        var outlet = Line(article.Outlet);
        var author = Line(article.Author);
        var carriers = article.AlsoCarriedBy.Select(carrier => Line(carrier)!).ToList();
        return title == article.Title && text == article.Text && outlet == article.Outlet && author == article.Author
            && carriers.SequenceEqual(article.AlsoCarriedBy, StringComparer.Ordinal)
            ? article
            : article with { Title = title, Text = text, Outlet = outlet, Author = author, AlsoCarriedBy = carriers };
    }

    /// <summary>Whether <paramref name="c"/> is a C0 or C1 control character or DEL.</summary>
    public static bool IsControl(char c) => c < '\u0020' || (c >= '\u007F' && c <= '\u009F');

    /// <summary><paramref name="text"/> without control characters other than line breaks and tabs.</summary>
    public static string Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Clean(text, keepLines: true);
    }

    /// <summary>A one-line field without control characters: line breaks and tabs become spaces; null stays null.</summary>
    public static string? Line(string? field) => field is null ? null : Clean(field, keepLines: false);

    private static string Clean(string text, bool keepLines)
    {
        if (!text.Any(IsControl))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\n' or '\r' or '\t')
            {
                builder.Append(keepLines ? c : ' ');
            }
            else if (!IsControl(c))
            {
                builder.Append(c);
            }
        }

        return keepLines ? builder.ToString() : builder.ToString().Trim();
    }

    private static string BoundTitle(string title)
    {
        if (title.Length <= MaxTitleCharacters)
        {
            return title;
        }

        var cut = title.LastIndexOf(' ', MaxTitleCharacters - 1);
        var end = cut > MaxTitleCharacters / 2 ? cut : MaxTitleCharacters - 1;
        if (char.IsHighSurrogate(title[end - 1]))
        {
            end--;
        }

        return string.Concat(title.AsSpan(0, end).TrimEnd(), "…");
    }
}
