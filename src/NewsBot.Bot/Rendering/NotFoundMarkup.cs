using System.Text;
using NewsBot.Core.Answers;

namespace NewsBot.Bot.Rendering;

/// <summary>
/// The lines of a "not found" card that say why (<see cref="NotFoundSentences"/>, with Discord's options): the
/// question's words the index has never seen, the filter that matched no article, and the dates the index covers.
/// Every word that came from the asker or an article is escaped.
/// </summary>
public static class NotFoundMarkup
{
    // Enough for a long list of indexed outlets without crowding out the closest headlines.
    private const int MaxOutlets = 600;
    private const int MaxWords = 200;

    private static readonly MarkdownStyle Style = new();

    /// <summary>The explanation lines, each ending in a newline; empty when the answer carries no details.</summary>
    public static string Explain(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.NotFound is not { } details)
        {
            return string.Empty;
        }

        var (reasons, coverage) = NotFoundSentences.Explain(details, Style);
        var lines = new StringBuilder();
        foreach (var line in coverage is null ? reasons : [.. reasons, coverage])
        {
            lines.Append(line).Append('\n');
        }

        return lines.ToString();
    }

    /// <summary>
    /// The line above a "what did X say" answer's quotes when none of them gives X's words (escaped, ending in a blank
    /// line); empty for every other answer.
    /// </summary>
    public static string Caveat(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.UnattributedSpeaker is { } speaker ? NotFoundSentences.Unattributed(speaker, Style) + "\n\n" : string.Empty;
    }

    private sealed class MarkdownStyle : INotFoundStyle
    {
        public string Word(string word) => TextCut.Escaped(word, MaxWords);

        public string Option(AskFilter filter, string asked) => filter == AskFilter.Outlet
            ? $"`source:` \u201C{Word(asked)}\u201D"
            : $"`days:{Word(asked)}`";

        public string Outlets(IReadOnlyList<string> outlets) => TextCut.Escaped(string.Join(", ", outlets), MaxOutlets);
    }
}
