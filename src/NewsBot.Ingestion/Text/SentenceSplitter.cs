using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Text;

/// <summary>
/// Splits text into sentences as exact spans of the text. Our own rules rather than ICU's default
/// break iterator, which ends a sentence after "On Nov." and similar abbreviations.
/// </summary>
/// <remarks>
/// A sentence ends at <c>.</c>, <c>?</c>, <c>!</c> or an ellipsis (with any closing quotes or brackets that follow)
/// when white space and then a word that does not start in lower case follow; a period after a known
/// abbreviation, a single capital initial ("J.") or inside a number does not end one. A paragraph break always
/// ends a sentence (see <see cref="ParagraphBreaks"/>). Spans never start or end with white space, and every
/// non-white-space character of the text lies in exactly one span.
/// </remarks>
public sealed class SentenceSplitter
{
    private const string Terminators = ".?!…";
    private const string Closers = "\"'”’)]}»";
    private const string Openers = "\"'“‘([{«";

    /// <summary>Splits <paramref name="text"/> into sentence spans in text order.</summary>
    public IReadOnlyList<TextSpan> Split(string text) => Split(text, CancellationToken.None);

    /// <summary>As <see cref="Split(string)"/>, stopping soon after <paramref name="cancellationToken"/> is cancelled.</summary>
    public IReadOnlyList<TextSpan> Split(string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<TextSpan>();
        var singleLineParagraphs = ParagraphBreaks.UsesSingleLineParagraphs(text);
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var c = text[i];
            if (c == '\n' && ParagraphBreaks.IsBreakAt(text, i, singleLineParagraphs))
            {
                Add(text, start, i, sentences);
                start = i + 1;
                i++;
                continue;
            }

            if (Terminators.Contains(c))
            {
                var end = i + 1;
                while (end < text.Length && Terminators.Contains(text[end]))
                {
                    end++;
                }

                while (end < text.Length && Closers.Contains(text[end]))
                {
                    end++;
                }

                if ((end == text.Length || char.IsWhiteSpace(text[end])) && EndsSentence(text, i, end))
                {
                    Add(text, start, end, sentences);
                    start = end;
                }

                i = end;
                continue;
            }

            i++;
        }

        Add(text, start, text.Length, sentences);
        return sentences;
    }

    private static bool EndsSentence(string text, int terminator, int end)
    {
        var next = NextWord(text, end);
        if (next.Length > 0 && char.IsLower(next[0]))
        {
            return false;
        }

        // Only a single period can be an abbreviation's; "?", "!" and "..." are judged by what follows.
        if (text[terminator] != '.' || (terminator > 0 && text[terminator - 1] == '.') || (terminator + 1 < text.Length && text[terminator + 1] == '.'))
        {
            return true;
        }

        var word = WordBefore(text, terminator);
        if (word.Length == 0)
        {
            return true;
        }

        var withPeriod = word + ".";
        if (Abbreviations.Prefixes.Contains(withPeriod) || (word.Length == 1 && char.IsUpper(word[0])))
        {
            return next.Length == 0;
        }

        if (Abbreviations.MaySuffix.Contains(withPeriod) || IsInitialism(word))
        {
            return next.Length == 0 || Abbreviations.SentenceOpeners.Contains(next);
        }

        return true;
    }

    /// <summary>"U.S", "D.C", "J.K": letters each followed by a period (the last one is the terminator).</summary>
    private static bool IsInitialism(string word)
    {
        if (word.Length < 3)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var expectLetter = i % 2 == 0;
            if (expectLetter ? !char.IsLetter(word[i]) : word[i] != '.')
            {
                return false;
            }
        }

        return word.Length % 2 == 1;
    }

    private static string WordBefore(string text, int period)
    {
        var start = period;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        while (start < period && Openers.Contains(text[start]))
        {
            start++;
        }

        return text[start..period];
    }

    private static string NextWord(string text, int from)
    {
        var i = from;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        while (i < text.Length && Openers.Contains(text[i]))
        {
            i++;
        }

        var start = i;
        while (i < text.Length && char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        return text[start..i];
    }

    private static void Add(string text, int start, int end, List<TextSpan> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new TextSpan(start, end - start));
        }
    }
}
