namespace NewsBot.Search.Answering;

/// <summary>
/// Whether a stretch of text leaves a quotation open or closes one it did not open: a speaker's words often run over
/// several sentences ("I announce with sadness ... He leaves behind a rich legacy ... The nation has lost a freedom
/// fighter."), and one of those sentences alone is a fragment of what was said.
/// </summary>
internal static class QuotationMarks
{
    /// <summary>
    /// For <paramref name="text"/>: <c>OpensUnclosed</c> when a quotation it opens is still open at its end;
    /// <c>ClosesUnopened</c> when it closes a quotation opened before it.
    /// </summary>
    public static (bool OpensUnclosed, bool ClosesUnopened) Balance(ReadOnlySpan<char> text)
    {
        var depth = 0;
        var closesUnopened = false;
        for (var i = 0; i < text.Length; i++)
        {
            bool? opens = text[i] switch
            {
                '\u201C' => true,
                '\u201D' => false,
                '"' => IsOpening(text, i),
                _ => null,
            };
            if (opens is true)
            {
                depth++;
            }
            else if (opens is false)
            {
                if (depth == 0)
                {
                    closesUnopened = true;
                }
                else
                {
                    depth--;
                }
            }
        }

        return (depth > 0, closesUnopened);
    }

    // A straight quote mark opens where a word follows it and none stands right before it ("He said: "We will ...").
    private static bool IsOpening(ReadOnlySpan<char> text, int at)
    {
        var before = at == 0 || char.IsWhiteSpace(text[at - 1]) || text[at - 1] is '(' or '[' or '\u2014' or '-';
        var after = at + 1 < text.Length && !char.IsWhiteSpace(text[at + 1]);
        return before && after;
    }
}
