using System.Text.RegularExpressions;

namespace NewsBot.Bot.Rendering;

/// <summary>
/// What to try after a "not found": <c>/recent</c> on the question's key words, which lists what is indexed about them
/// even when no sentence answers the question itself.
/// </summary>
public static partial class NextStep
{
    private const int MaxTopic = 60;

    /// <summary>
    /// The question's key words for <c>/recent topic:</c>: the longest name in it (capitalised words after the first,
    /// side by side, such as <c>World Series</c>), else its longest word of four letters or more; null when it has neither.
    /// </summary>
    public static string? Topic(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var words = Word().Matches(question).Select(match => match.Value).ToList();
        var names = new List<string>();
        var current = new List<string>();
        for (var i = 1; i <= words.Count; i++)
        {
            if (i < words.Count && words[i].Length > 1 && char.IsUpper(words[i][0]))
            {
                current.Add(words[i]);
                continue;
            }

            if (current.Count > 0)
            {
                names.Add(string.Join(' ', current));
                current.Clear();
            }
        }

        // A run of capitals longer than a topic can usefully be (a headline pasted in) is no name.
        return names.Where(name => name.Length <= MaxTopic).MaxBy(name => name.Length)
            ?? words.Where(word => word.Length is >= 4 and <= MaxTopic).MaxBy(word => word.Length);
    }

    /// <summary>
    /// <c>Try `/recent topic:Mamdani` for the newest articles about it, or `/sources` to see what is indexed.</c>; the
    /// topic holds only letters, digits, hyphens and apostrophes, so it shows literally inside the code span.
    /// </summary>
    public static string Suggestion(string question)
        => Topic(question) is { } topic
            ? $"Try `/recent topic:{topic}` for the newest articles about it, or `/sources` to see what is indexed."
            : "Try `/recent` for the newest articles, or `/sources` to see what is indexed.";

    [GeneratedRegex(@"[\p{L}\p{N}](?:[\p{L}\p{N}'\u2019-]*[\p{L}\p{N}])?")]
    private static partial Regex Word();
}
