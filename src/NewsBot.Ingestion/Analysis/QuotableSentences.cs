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
    public static bool[] Mark(string text, IReadOnlyList<TextSpan> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        var quotable = new bool[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            quotable[i] = IsQuotable(text, sentences[i]);
        }

        return quotable;
    }

    private static bool IsQuotable(string text, TextSpan sentence)
    {
        var own = sentence.Slice(text).Trim();
        var lineStart = sentence.Start == 0 ? 0 : text.LastIndexOf('\n', sentence.Start - 1) + 1;
        var lineEnd = text.IndexOf('\n', sentence.End);
        var line = text[lineStart..(lineEnd < 0 ? text.Length : lineEnd)].Trim();
        var words = Word().Count(line);
        return !(ChartDebris().IsMatch(own)
            || Credit().IsMatch(line)
            || (Byline().IsMatch(line) && words <= BylineWords)
            || (words < HeadingWords && !SentenceEnd().IsMatch(line))
            || own.EndsWith(':')
            || LanguageLink().IsMatch(line));
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
