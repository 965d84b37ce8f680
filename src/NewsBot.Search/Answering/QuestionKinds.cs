using System.Text.RegularExpressions;

namespace NewsBot.Search.Answering;

/// <summary>
/// Reads a question's kind from its opening words, the way English questions mark it: "why", "when", "how many",
/// "where", "who", "what did X say". Only the question's own shape is read, never its topic.
/// </summary>
internal static partial class QuestionKinds
{
    /// <summary>The kind of <paramref name="question"/> and, for "how many X", the word X whose number is asked.</summary>
    public static (QuestionKind Kind, string? CountedWord) Detect(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = question.Trim().ToLowerInvariant();
        if (Quantity().Match(text) is { Success: true } quantity)
        {
            return (QuestionKind.Quantity, quantity.Groups["noun"].Success ? quantity.Groups["noun"].Value : null);
        }

        if (Reason().IsMatch(text))
        {
            return (QuestionKind.Reason, null);
        }

        if (Time().IsMatch(text))
        {
            return (QuestionKind.Time, null);
        }

        if (Place().IsMatch(text))
        {
            return (QuestionKind.Place, null);
        }

        if (Statement().IsMatch(text))
        {
            return (QuestionKind.Statement, null);
        }

        return Person().IsMatch(text) ? (QuestionKind.Person, null) : (QuestionKind.Other, null);
    }

    /// <summary>
    /// True when <paramref name="question"/>, of the <paramref name="kind"/> <see cref="Detect"/> read, asks what happened
    /// about its topic rather than for one detail of it: "what happened at Zappos in January 2012", "tell me about the
    /// levy", or a bare topic with no question word at all ("white phosphorus", "Murdoch divorce").
    /// </summary>
    public static bool AsksWhatHappened(string question, QuestionKind kind)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = question.Trim().ToLowerInvariant();
        return kind == QuestionKind.Other && (WhatHappened().IsMatch(text) || !AnyQuestionWord().IsMatch(text));
    }

    [GeneratedRegex(@"\bwhat(?:'s|’s| has| had)? happened\b|\bwhat(?:'s|’s| is| was) (?:happening|going on|new|the (?:news|story|latest))\b|\bwhat went on\b|\btell me about\b|\b(?:news|latest) (?:on|about)\b")]
    private static partial Regex WhatHappened();

    // Words that make a question of a detail or of yes and no; a topic typed alone has none of them.
    [GeneratedRegex(@"\b(?:what|whats|who|whom|whose|when|where|why|how|which|is|are|was|were|did|does|do|can|could|will|would|should|has|have|had)\b")]
    private static partial Regex AnyQuestionWord();

    [GeneratedRegex(@"\bhow (many|much)\b(?:\s+(?<noun>[\p{L}-]+))?|\bwhat (share|percentage|proportion|number|fraction)\b|\bhow (large|big|high|old)\b")]
    private static partial Regex Quantity();

    [GeneratedRegex(@"^(why|how come)\b|\bwhy (did|do|does|was|were|is|are|has|have|had|would|will|could|couldn't|can't|didn't|won't)\b|\bwhat (caused|causes|led to|prompted|triggered|was the reason|is the reason|were the reasons)\b|\bfor what reason\b")]
    private static partial Regex Reason();

    [GeneratedRegex(@"^when\b|\bwhen (did|do|does|was|were|is|are|will|has|have|had)\b|\b(what|which) (year|date|day|month|time|hour)\b|\bhow long ago\b|\bsince when\b")]
    private static partial Regex Time();

    [GeneratedRegex(@"^where\b|\bwhere (did|do|does|was|were|is|are|will|has|have|had)\b|\b(in|from|at|to|near) (which|what) (city|town|village|country|state|province|region|place|county|district|area|port|island|capital|stadium|hospital|prison|street|square)\b|\b(which|what) (city|town|village|country|state|province|region|county|island|capital)\b")]
    private static partial Regex Place();

    [GeneratedRegex(@"^(what|how) (did|does|do|has|have|had|will|would)\b.*\b(say|said|says|tell|told|shout|shouted|call|called|tweet|tweeted|write|wrote|respond|responded|react|reacted|reply|replied|announce|announced|claim|claimed|warn|warned|promise|promised|argue|argued|describe|described)\b")]
    private static partial Regex Statement();

    [GeneratedRegex(@"^(who|whom|whose)\b|\b(who|whom) (did|does|do|was|were|is|are|will|has|have|had)\b|^which (\p{L}+ )?(judge|leader|minister|president|official|candidate|party|member|man|woman|player|team|group|company|person|politician|senator|governor|general|country)\b")]
    private static partial Regex Person();
}
