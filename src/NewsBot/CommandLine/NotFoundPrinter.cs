using NewsBot.Core.Answers;

namespace NewsBot.CommandLine;

/// <summary>
/// Prints an honest "not found": why (<see cref="NotFoundSentences"/>, with the command line's options), the closest
/// headlines, and the dates the index covers, so the asker knows what to change.
/// </summary>
internal static class NotFoundPrinter
{
    /// <summary>How the command line shows words and options in these sentences (also the caveat of <see cref="AnswerPrinter"/>).</summary>
    internal static readonly INotFoundStyle Style = new TerminalStyle();

    public static void Print(TextWriter output, Answer answer, int shownHeadlines)
    {
        output.WriteLine("Not found: nothing indexed answers this question well enough to quote.");
        var (reasons, coverage) = answer.NotFound is { } details ? NotFoundSentences.Explain(details, Style) : ([], null);
        foreach (var reason in reasons)
        {
            output.WriteLine(reason);
        }

        if (answer.ClosestHeadlines.Count > 0)
        {
            output.WriteLine("Closest headlines:");
            foreach (var citation in answer.ClosestHeadlines.Take(shownHeadlines))
            {
                output.WriteLine($"  - {TextFormat.Citation(citation)}{(citation.Url is null ? string.Empty : $"  {TerminalText.Url(citation.Url)}")}");
            }
        }

        if (coverage is not null)
        {
            output.WriteLine(coverage);
        }
    }

    // The terminal shows words as they are (the writer makes them safe) and options as they are typed.
    private sealed class TerminalStyle : INotFoundStyle
    {
        public string Word(string word) => word;

        public string Option(AskFilter filter, string asked) => filter == AskFilter.Outlet ? $"--source \u201C{asked}\u201D" : $"--days {asked}";

        public string Outlets(IReadOnlyList<string> outlets) => string.Join(", ", outlets);
    }
}
