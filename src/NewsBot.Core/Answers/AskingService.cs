namespace NewsBot.Core.Answers;

/// <summary>
/// The one home of asking, for every front end (<c>newsbot ask</c>, <c>/ask</c>, a mention): the question and its
/// filters are checked against <see cref="AskBounds"/>, answered, and the citations labelled as the operator configured.
/// How the answer is shown is the front end's.
/// </summary>
public sealed class AskingService(IQuestionAnswerer answerer, CitationLabels labels)
{
    /// <summary>
    /// Why <paramref name="request"/> cannot be asked (a question too long, days out of range), with
    /// <paramref name="daysOption"/> as the front end names its days option; null when it can. Front ends call it
    /// first to refuse before they acknowledge; <see cref="AskAsync"/> checks it again.
    /// </summary>
    public static string? Problem(AskRequest request, string daysOption)
    {
        ArgumentNullException.ThrowIfNull(request);
        return AskBounds.QuestionProblem(request.Question) ?? AskBounds.DaysProblem(request.Days, daysOption);
    }

    /// <summary>The labelled answer to <paramref name="request"/>; a request out of bounds is a rejected answer.</summary>
    public async Task<Answer> AskAsync(AskRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Problem(request, "days") is { } problem)
        {
            return Answer.Rejected(request.Question, problem);
        }

        var answer = await answerer.AskAsync(request, cancellationToken).ConfigureAwait(false);
        return labels.Apply(answer);
    }
}
