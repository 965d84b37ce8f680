namespace NewsBot.Core.Answers;

/// <summary>How a question ended.</summary>
public enum AnswerOutcome
{
    /// <summary>Quotes that answer the question were found.</summary>
    Found,

    /// <summary>Nothing indexed answers confidently; the closest headlines are offered instead.</summary>
    NotFound,

    /// <summary>The question itself cannot be asked (empty, too long, only stop words); see <see cref="Answer.Problem"/>.</summary>
    Rejected,
}
