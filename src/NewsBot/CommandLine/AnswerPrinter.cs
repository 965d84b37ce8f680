using NewsBot.Core.Answers;
using NewsBot.Core.Formatting;

namespace NewsBot.CommandLine;

/// <summary>
/// Prints an answer for a person: each quote verbatim, numbered to its source (<c>[1]</c>), then the numbered sources
/// once each. Matched words are bold in a terminal; piped output is plain text (<c>--json</c> is for machines).
/// </summary>
internal static class AnswerPrinter
{
    /// <summary>How many article groups the command line shows; the rest are in <c>--json</c>.</summary>
    public const int ShownArticles = 3;

    public static void Print(CliConsole console, Answer answer, bool verbose)
    {
        var output = console.Out;
        if (answer.Outcome == AnswerOutcome.NotFound)
        {
            NotFoundPrinter.Print(output, answer, ShownArticles);
            return;
        }

        if (answer.UnattributedSpeaker is { } speaker)
        {
            output.WriteLine(NotFoundSentences.Unattributed(speaker, NotFoundPrinter.Style));
        }

        var shown = answer.Articles.Take(ShownArticles).ToList();
        var outlets = answer.OutletCount;
        output.WriteLine(
            $"{Plural.Count(answer.Articles.Count, "matching article")}{(shown.Count < answer.Articles.Count ? $", the best {shown.Count} shown" : string.Empty)}" +
            $"{(outlets > 1 ? $", from {outlets} outlets" : string.Empty)}:");
        for (var source = 1; source <= shown.Count; source++)
        {
            foreach (var quote in shown[source - 1].Quotes)
            {
                output.WriteLine();
                output.WriteLine($"\u201C{Marked(quote, console.Interactive)}\u201D [{source}]");
            }
        }

        output.WriteLine();
        output.WriteLine(shown.Count == 1 ? "Source:" : "Sources:");
        for (var source = 1; source <= shown.Count; source++)
        {
            var group = shown[source - 1];
            output.WriteLine($"[{source}] {TextFormat.Citation(group.Citation)}");
            if (group.Citation.Url is { } url)
            {
                output.WriteLine($"    {TerminalText.Url(url)}");
            }

            if (verbose)
            {
                var spans = string.Join(", ", group.Quotes.Select(quote => $"{quote.Span.Start}\u2013{quote.Span.End}"));
                output.WriteLine($"    article {group.Citation.ArticleId}, characters {spans}");
            }
        }

        if (answer.Events.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Dated events stated in articles:");
            foreach (var newsEvent in answer.Events)
            {
                output.WriteLine($"  {DisplayFormat.Day(newsEvent.Date)}  \u201C{newsEvent.Sentence}\u201D");
                output.WriteLine($"              \u2014 {TextFormat.Citation(newsEvent.Citation)}");
            }
        }
    }

    /// <summary>
    /// The quote with matched words in bold in a terminal (ANSI bold), and as plain text otherwise: piped output must
    /// read as the article's own words. The words themselves are never changed.
    /// </summary>
    internal static string Marked(Quote quote, bool interactive)
    {
        if (!interactive)
        {
            return quote.Text;
        }

        var builder = new System.Text.StringBuilder(quote.Text.Length + 16);
        var position = 0;
        foreach (var highlight in quote.Highlights)
        {
            builder.Append(quote.Text, position, highlight.Start - position);
            builder.Append(TerminalSafeWriter.BoldOn).Append(quote.Text, highlight.Start, highlight.Length).Append(TerminalSafeWriter.BoldOff);
            position = highlight.End;
        }

        builder.Append(quote.Text, position, quote.Text.Length - position);
        return builder.ToString();
    }
}
