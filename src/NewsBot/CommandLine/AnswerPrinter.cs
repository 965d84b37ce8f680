using NewsBot.Core.Answers;

namespace NewsBot.CommandLine;

/// <summary>Prints an answer for a person: each quote verbatim with matched words marked, then its citation.</summary>
internal static class AnswerPrinter
{
    /// <summary>How many article groups the command line shows; the rest are in <c>--json</c>.</summary>
    public const int ShownArticles = 3;

    public static void Print(CliConsole console, Answer answer)
    {
        var output = console.Out;
        if (answer.Outcome == AnswerOutcome.NotFound)
        {
            output.WriteLine("Not found: nothing indexed answers this question well enough to quote.");
            if (answer.ClosestHeadlines.Count > 0)
            {
                output.WriteLine("Closest headlines:");
                foreach (var citation in answer.ClosestHeadlines.Take(ShownArticles))
                {
                    output.WriteLine($"  - {TextFormat.Citation(citation)}{Link(citation)}");
                }
            }

            return;
        }

        var shown = answer.Articles.Take(ShownArticles).ToList();
        var outlets = answer.OutletCount;
        output.WriteLine($"{shown.Count} of {answer.Articles.Count} matching article(s){(outlets > 1 ? $", from {outlets} outlets" : string.Empty)}:");
        var number = 0;
        foreach (var group in shown)
        {
            foreach (var quote in group.Quotes)
            {
                number++;
                output.WriteLine();
                output.WriteLine($"[{number}] \u201C{Marked(quote, console.Interactive)}\u201D");
            }

            output.WriteLine($"    \u2014 {TextFormat.Citation(group.Citation)}");
            if (group.Citation.Url is { } url)
            {
                output.WriteLine($"      {url}");
            }

            var spans = string.Join(", ", group.Quotes.Select(quote => $"{quote.Span.Start}\u2013{quote.Span.End}"));
            output.WriteLine($"      article {group.Citation.ArticleId}, characters {spans}");
        }
    }

    /// <summary>
    /// The quote with matched words marked: bold in a terminal, <c>**word**</c> in plain text so the marks survive
    /// a pipe. The words themselves are never changed.
    /// </summary>
    internal static string Marked(Quote quote, bool interactive)
    {
        var builder = new System.Text.StringBuilder(quote.Text.Length + 16);
        var position = 0;
        foreach (var highlight in HighlightRuns.Merge(quote.Highlights, quote.Text, quote.Text.Length))
        {
            builder.Append(quote.Text, position, highlight.Start - position);
            var word = quote.Text.Substring(highlight.Start, highlight.Length);
            builder.Append(interactive ? $"\u001b[1m{word}\u001b[22m" : $"**{word}**");
            position = highlight.End;
        }

        builder.Append(quote.Text, position, quote.Text.Length - position);
        return builder.ToString();
    }

    private static string Link(Citation citation) => citation.Url is null ? string.Empty : $"  {citation.Url}";
}
