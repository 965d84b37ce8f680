using System.Text.RegularExpressions;
using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Analysis;

/// <summary>
/// Tells which sentences may be quoted as an answer. Captions and photo credits, chart and table debris, bylines,
/// headings and list lead-ins stand in an article's text but answer nothing, so they are never quoted.
/// </summary>
public static partial class QuotableSentences
{
    // A line of fewer words than this, without a sentence's closing punctuation, is a heading or a label.
    private const int HeadingWords = 5;

    // A byline is short: "By Jane Smith, Staff Writer".
    private const int BylineWords = 8;

    /// <summary>For each of <paramref name="sentences"/> of <paramref name="text"/>, whether it may be quoted.</summary>
    /// <remarks>
    /// Work grows with the text's size, not with its sentences times its size: the lines around each sentence are found
    /// from one list of line breaks, and what is judged of a line is judged once for all the sentences on it (a JSON
    /// <c>text</c> without line breaks is one line of thousands of sentences).
    /// </remarks>
    public static bool[] Mark(string text, IReadOnlyList<TextSpan> sentences) => Mark(text, sentences, CancellationToken.None);

    /// <summary>As <see cref="Mark(string, IReadOnlyList{TextSpan})"/>, stopping soon after <paramref name="cancellationToken"/> is cancelled.</summary>
    public static bool[] Mark(string text, IReadOnlyList<TextSpan> sentences, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        var quotable = new bool[sentences.Count];
        var breaks = LineBreaks(text);
        LineFacts? line = null;
        for (var i = 0; i < sentences.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (start, end) = LineAround(text, breaks, sentences[i]);
            if (line is null || line.Start != start || line.End != end)
            {
                line = LineFacts.Of(text, start, end);
            }

            quotable[i] = IsQuotable(sentences[i].Slice(text).Trim(), line);
        }

        return quotable;
    }

    private static bool IsQuotable(string own, LineFacts line) =>
        !(ChartDebris().IsMatch(own)
            || line.IsCredit
            || (line.IsByline && line.Words <= BylineWords)
            || (line.Words < HeadingWords && !line.EndsSentence)
            || own.EndsWith(':')
            || line.IsLanguageLink);

    private static List<int> LineBreaks(string text)
    {
        var breaks = new List<int>();
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            breaks.Add(i);
        }

        return breaks;
    }

    // The lines a sentence stands on: from the line break before its start to the first one at or after its end.
    private static (int Start, int End) LineAround(string text, List<int> breaks, TextSpan sentence)
    {
        var before = LowerBound(breaks, sentence.Start) - 1;
        var after = LowerBound(breaks, sentence.End);
        return (before < 0 ? 0 : breaks[before] + 1, after < breaks.Count ? breaks[after] : text.Length);
    }

    // The index of the first break at or after `offset`.
    private static int LowerBound(List<int> breaks, int offset)
    {
        var found = breaks.BinarySearch(offset);
        return found >= 0 ? found : ~found;
    }

    private sealed record LineFacts(int Start, int End, int Words, bool IsCredit, bool IsByline, bool EndsSentence, bool IsLanguageLink)
    {
        public static LineFacts Of(string text, int start, int end)
        {
            var line = text[start..end].Trim();
            return new LineFacts(
                start,
                end,
                Word().Count(line),
                Credit().IsMatch(line),
                Byline().IsMatch(line),
                SentenceEnd().IsMatch(line),
                LanguageLink().IsMatch(line));
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    // Block and box-drawing characters: the legend squares of maps and charts ("██ Alliance Party - 1 seat").
    [GeneratedRegex(@"[\u2500-\u259F\u25A0\u25AA\u25FC]")]
    private static partial Regex ChartDebris();

    // A caption's photo credit ("Image: Jane Doe.", "Photo: Reuters", "(AP Photo/...)", "Getty Images").
    [GeneratedRegex(@"\b(?:Image|Images|Photo|Photograph|Picture|Credit|Caption)\s*:|\((?:AP|AFP|Reuters|EPA)\s+Photo\b|\bGetty Images\b")]
    private static partial Regex Credit();

    [GeneratedRegex(@"^(?:By|Reporting by|Written by|Edited by|Additional reporting by)\s+\p{Lu}")]
    private static partial Regex Byline();

    [GeneratedRegex("[.!?…\"'”’)]$")]
    private static partial Regex SentenceEnd();

    // A link to another language's edition ("de:Friedensnobelpreis an Wangari Maathai").
    [GeneratedRegex(@"^[a-z]{2,3}:\S")]
    private static partial Regex LanguageLink();
}
