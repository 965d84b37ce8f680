using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Testing.Answers;

namespace NewsBot.Evaluation.Tests;

/// <summary>
/// A script for the shared <see cref="FakeAnswerer"/>: a set answer per question, each letting fake time pass while
/// "thinking" so the runner's latencies can be checked; a question not in the script is rejected.
/// </summary>
internal sealed class AnswerScript(FakeTimeProvider time)
{
    private readonly Dictionary<string, (Answer Answer, TimeSpan Takes)> _script = new(StringComparer.Ordinal);

    public AnswerScript Found(string question, TimeSpan takes, params (string ArticleId, string Quote)[] groups)
    {
        var articles = groups
            .Select(group => new ArticleQuotes(
                new Citation(group.ArticleId, $"Title of {group.ArticleId}", null, null, null),
                [new Quote(group.Quote, new TextSpan(0, group.Quote.Length), [], 1.0)]))
            .ToList();
        _script[question] = (new Answer(AnswerOutcome.Found, question, articles, []), takes);
        return this;
    }

    public AnswerScript NotFound(string question, TimeSpan takes, params string[] closestIds)
    {
        var headlines = closestIds.Select(id => new Citation(id, $"Title of {id}", null, null, null)).ToList();
        _script[question] = (new Answer(AnswerOutcome.NotFound, question, [], headlines), takes);
        return this;
    }

    /// <summary>An answerer that follows this script and records what it was asked.</summary>
    public FakeAnswerer Answerer() => new() { Answer = Answer };

    private Answer Answer(AskRequest request)
    {
        if (!_script.TryGetValue(request.Question, out var entry))
        {
            return Core.Answers.Answer.Rejected(request.Question, "Not in the script.");
        }

        time.Advance(entry.Takes);
        return entry.Answer;
    }
}
