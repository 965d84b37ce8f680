using System.Text.RegularExpressions;

namespace NewsBot.Search.Answering;

/// <summary>
/// Sentences that open by pointing at the sentence before them ("Due to this, ...", "As a result, ..."): quoted alone
/// they hide what they refer to, and for a why-question that is the reason itself.
/// </summary>
internal static partial class BackReference
{
    /// <summary>True when <paramref name="sentence"/> opens with a connective that refers to the sentence before it.</summary>
    public static bool OpensWith(ReadOnlySpan<char> sentence) => Opening().IsMatch(sentence.TrimStart());

    // Connectives only: a sentence opening with a pronoun ("He said ...") is the ordinary news sentence and stands alone
    // well enough, while these cannot be read without what came before.
    [GeneratedRegex(@"^(?:(?:due|owing) to (?:this|that|these|those|it)|because of (?:this|that|these|those|it)|as a (?:result|consequence)|for (?:this|that|these|those) reasons?|(?:this|that) is (?:why|because)|therefore|consequently|thus|hence|in response|in (?:that|this) case|despite (?:this|that|these)|in spite of (?:this|that))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();
}
