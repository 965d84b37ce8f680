namespace NewsBot.Search.Answering;

/// <summary>Which neighbour, if any, joins a quote of one sentence (<see cref="NeighbourJoin.Pick"/>).</summary>
internal enum Join
{
    /// <summary>No rule decides; the neighbour that adds matched words may still join.</summary>
    Undecided,

    /// <summary>The sentence alone answers: the quote never grows.</summary>
    Alone,

    /// <summary>The sentence before joins.</summary>
    Before,

    /// <summary>The sentence after joins.</summary>
    After,
}

/// <summary>
/// The rules that join a quoted sentence to its neighbour, the same whether the neighbour stands in the quote's own
/// passage (<see cref="QuoteSentences"/>) or opens or closes the next one (<see cref="BorderQuotes"/>): a sentence
/// pointing back at the one before it, words that run over two sentences, and a neighbour holding firmer answer evidence.
/// </summary>
internal static class NeighbourJoin
{
    // For "who", a name beside the asked role counts this much above any name when a neighbour's evidence is weighed
    // against the quote's (a name alone is 0.6): below 1, so such a sentence still never stands "alone".
    private const double RoleBonus = 0.2;

    // For "why", a cause stated with a connective the evidence does not count ("led to", "in a bid to") adds this much:
    // a quote with none gains a neighbour with one, and every join made without it is still made (a weak reason, 0.5,
    // with one is 0.75: below 1, so it still takes a neighbour holding a strong one).
    private const double CauseBonus = 0.25;

    /// <summary>
    /// The evidence of <c>text[start..end]</c> that <see cref="Pick"/> weighs: its answer evidence
    /// <paramref name="strength"/>, more for "who" when a name stands beside the asked role
    /// (<see cref="AnswerEvidence.NamesAskedRole"/>) and for "why" when a connective states a cause
    /// (<see cref="AnswerEvidence.StatesCause"/>). Weighed only to decide a join: a join adds a sentence and never drops
    /// the quoted one, so this cannot cost an answer, while as evidence for the choice such signals did.
    /// </summary>
    public static double Weighed(ParsedQuestion question, string text, int start, int end, double strength) => question.Kind switch
    {
        QuestionKind.Person when AnswerEvidence.NamesAskedRole(question, text, start, end) => strength + RoleBonus,
        QuestionKind.Reason when AnswerEvidence.StatesCause(question, text, start, end) => strength + CauseBonus,
        _ => strength,
    };

    /// <summary>
    /// The neighbour that joins <paramref name="sentence"/> (answer evidence <paramref name="evidence"/>, 0 to 1) when
    /// its question is of <paramref name="kind"/>; <paramref name="before"/> and <paramref name="after"/> are the
    /// neighbours' evidence, null where no neighbour may join (none there, or the quote would grow too long).
    /// </summary>
    public static Join Pick(QuestionKind kind, ReadOnlySpan<char> sentence, double evidence, double? before, double? after)
    {
        // "Due to this, the sale is prohibited": what the sentence points back at is part of its meaning (and of a
        // why-question's answer), so the sentence before it joins the quote, whatever the sentence itself holds.
        if (before is not null && BackReference.OpensWith(sentence))
        {
            return Join.Before;
        }

        // "What did X say": a sentence inside words that run over several sentences is quoted with the one its
        // quotation runs on into, so the quote is not a fragment cut off mid-quotation: the sentence before when this
        // one closes a quotation opened there, else the sentence after when this one leaves one open.
        if (kind == QuestionKind.Statement)
        {
            var (opens, closes) = QuotationMarks.Balance(sentence);
            if (closes && before is not null)
            {
                return Join.Before;
            }

            if (opens && after is not null)
            {
                return Join.After;
            }
        }

        if (kind == QuestionKind.Other)
        {
            return Join.Undecided;
        }

        if (evidence >= 1)
        {
            return Join.Alone;
        }

        // The sentence that names the topic often stands beside the one that holds the answer ("a vote was called."
        // then the tally): the neighbour holding firmer evidence of the asked kind joins, the one after on a tie.
        var firmerAfter = after is { } next && next > evidence;
        var firmerBefore = before is { } previous && previous > evidence;
        return firmerAfter && (!firmerBefore || after >= before) ? Join.After
            : firmerBefore ? Join.Before
            : Join.Undecided;
    }
}
