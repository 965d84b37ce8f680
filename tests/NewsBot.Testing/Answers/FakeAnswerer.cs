using NewsBot.Core.Answers;

namespace NewsBot.Testing.Answers;

/// <summary>An answerer that gives a set answer (or throws a set exception) and records the requests.</summary>
public sealed class FakeAnswerer : IQuestionAnswerer
{
    public Func<AskRequest, Answer> Answer { get; set; } = request => new Answer(AnswerOutcome.NotFound, request.Question, [], []);

    public List<AskRequest> Requests { get; } = [];

    public Task<Answer> AskAsync(AskRequest request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        return Task.FromResult(Answer(request));
    }
}
