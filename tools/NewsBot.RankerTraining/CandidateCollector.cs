using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Answers;
using NewsBot.Evaluation.Data;
using NewsBot.Evaluation.Metrics;
using NewsBot.Search;
using NewsBot.Search.Answering;

namespace NewsBot.RankerTraining;

/// <summary>
/// Asks training questions of an index that <c>newsbot eval --index FOLDER</c> built (vectors included) and labels every
/// ranked candidate: for a labelled set, its article's graded judgement plus one when its quote holds a gold answer;
/// for a news question set, two when its quote holds an answer.
/// </summary>
internal sealed class CandidateCollector : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly QuestionAnswerer _answerer;
    private readonly AnswerHitRule _answerHit = new(_ => 1);

    public CandidateCollector(string evalFolder)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Index:Path"] = Path.Combine(evalFolder, "index"),

            // The features are what is learned from; the order they are asked in does not matter.
            ["Index:LearnedRanking"] = "false",
        }).Build();
        _services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddNewsSearch()
            .BuildServiceProvider();
        _answerer = (QuestionAnswerer)_services.GetRequiredService<IQuestionAnswerer>();
    }

    public IEnumerable<TrainingRow> Labelled(string setName, IReadOnlyList<EvalQuery> queries, Qrels qrels, CancellationToken cancellationToken)
    {
        foreach (var query in queries)
        {
            var grades = qrels.For(query.Id);
            var rows = _answerer.Candidates(new AskRequest(query.Text), cancellationToken)
                .Select(passage => new TrainingRow(
                    $"{setName}:{query.Id}",
                    grades.GetValueOrDefault(passage.Citation.ArticleId) + (query.Answers.Count > 0 && _answerHit.IsHit(passage.Quote.Text, query.Answers) ? 1 : 0),
                    passage.Features))
                .ToList();
            foreach (var row in Useful(rows))
            {
                yield return row;
            }
        }
    }

    public IEnumerable<TrainingRow> News(string setName, IReadOnlyList<NewsQuestion> questions, CancellationToken cancellationToken)
    {
        foreach (var question in questions.Where(question => !question.ExpectsNotFound))
        {
            var rows = _answerer.Candidates(new AskRequest(question.Text), cancellationToken)
                .Select(passage => new TrainingRow($"{setName}:{question.Id}", _answerHit.IsHit(passage.Quote.Text, question.Answers) ? 2 : 0, passage.Features))
                .ToList();
            foreach (var row in Useful(rows))
            {
                yield return row;
            }
        }
    }

    /// <summary>
    /// The sentence model's rows: every sentence of each of a question's first <paramref name="passages"/> candidates,
    /// one group per passage, labelled 1 when the sentence holds one of <paramref name="answers"/>.
    /// </summary>
    public IEnumerable<TrainingRow> Sentences(string group, string question, IReadOnlyList<string> answers, int passages, CancellationToken cancellationToken)
    {
        var candidates = _answerer.Candidates(new AskRequest(question), cancellationToken).Take(passages).ToList();
        for (var p = 0; p < candidates.Count; p++)
        {
            var rows = candidates[p].Sentences
                .Select(sentence => new TrainingRow($"{group}:{p}", _answerHit.IsHit(sentence.Text, answers) ? 1 : 0, sentence.Features))
                .ToList();
            foreach (var row in Useful(rows))
            {
                yield return row;
            }
        }
    }

    /// <summary>
    /// The lead model's rows: every article with two candidates or more among a question's candidates, one group per
    /// article (the first article's group named <c>:first</c>), a passage labelled 1 when its quote holds an answer.
    /// </summary>
    public IEnumerable<TrainingRow> Leads(string setName, IReadOnlyList<NewsQuestion> questions, CancellationToken cancellationToken)
    {
        foreach (var question in questions.Where(question => !question.ExpectsNotFound))
        {
            var candidates = _answerer.Candidates(new AskRequest(question.Text), cancellationToken);
            var first = candidates.Count > 0 ? candidates[0].Citation.ArticleId : null;
            foreach (var article in candidates.GroupBy(passage => passage.Citation.ArticleId, StringComparer.Ordinal).Where(group => group.Count() > 1))
            {
                var group = $"{setName}:{question.Id}:{article.Key}" + (article.Key == first ? ":first" : string.Empty);
                var rows = article.Select(passage => new TrainingRow(group, _answerHit.IsHit(passage.Quote.Text, question.Answers) ? 1 : 0, passage.LeadRow)).ToList();
                foreach (var row in Useful(rows))
                {
                    yield return row;
                }
            }
        }
    }

    // A question none of whose candidates is relevant, or all of them, teaches a ranker nothing.
    private static IEnumerable<TrainingRow> Useful(List<TrainingRow> rows) =>
        rows.Select(row => row.Label).Distinct().Count() > 1 ? rows : [];

    public void Dispose() => _services.Dispose();
}
