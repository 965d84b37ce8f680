using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Answers;
using NewsBot.Core.Articles;

namespace NewsBot.Evaluation.Tests;

/// <summary>A hand-written answerer that replies from a script and lets fake time pass while "thinking".</summary>
internal sealed class ScriptedAnswerer(FakeTimeProvider time) : IQuestionAnswerer
{
    private readonly Dictionary<string, (Answer Answer, TimeSpan Takes)> _script = new(StringComparer.Ordinal);

    public List<AskRequest> Asked { get; } = [];

    public ScriptedAnswerer Found(string question, TimeSpan takes, params (string ArticleId, string Quote)[] groups)
    {
        var articles = groups
            .Select(group => new ArticleQuotes(
                new Citation(group.ArticleId, $"Title of {group.ArticleId}", null, null, null),
                [new Quote(group.Quote, new TextSpan(0, group.Quote.Length), [], 1.0)]))
            .ToList();
        _script[question] = (new Answer(AnswerOutcome.Found, question, articles, []), takes);
        return this;
    }

    public ScriptedAnswerer NotFound(string question, TimeSpan takes, params string[] closestIds)
    {
        var headlines = closestIds.Select(id => new Citation(id, $"Title of {id}", null, null, null)).ToList();
        _script[question] = (new Answer(AnswerOutcome.NotFound, question, [], headlines), takes);
        return this;
    }

    public Task<Answer> AskAsync(AskRequest request, CancellationToken cancellationToken)
    {
        Asked.Add(request);
        if (!_script.TryGetValue(request.Question, out var entry))
        {
            return Task.FromResult(Answer.Rejected(request.Question, "Not in the script."));
        }

        time.Advance(entry.Takes);
        return Task.FromResult(entry.Answer);
    }
}
