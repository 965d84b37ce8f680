using System.Globalization;
using NewsBot.Evaluation.Data;
using NewsBot.Search.Answering.Ranking;

namespace NewsBot.RankerTraining;

/// <summary>
/// Fits the sentence model (which sentence of a passage is quoted) on the same training questions as the passage
/// model: SQuAD's first half (the sentences holding a gold answer) and a news training part (those holding an
/// alternative). NFCorpus has no answers, so it teaches nothing here.
/// </summary>
internal static class SentenceTraining
{
    // The passages whose quote might be shown: the first few candidates of each question.
    private const int PassagesPerQuestion = 10;

    public static async Task<List<TrainingRow>> CollectAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var rows = new List<TrainingRow>();
        foreach (var set in TrainingSet.Named(arguments))
        {
            using var collector = new CandidateCollector(set.Folder);
            var before = rows.Count;
            if (set.Qrels is not null)
            {
                var queries = (await QueriesReader.ReadAsync(set.File, cancellationToken)).Value;
                var firstHalf = queries.Take(queries.Count / 2).Where(query => query.Answers.Count > 0).ToList();
                var name = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(set.File)))!;
                foreach (var query in firstHalf)
                {
                    rows.AddRange(collector.Sentences($"{name}:{query.Id}", query.Text, query.Answers, PassagesPerQuestion, cancellationToken));
                }

                Console.Error.WriteLine($"{set.File}: {firstHalf.Count} answered queries of the first half, {rows.Count - before:N0} sentence rows");
            }
            else
            {
                var questions = (await NewsQuestionsReader.ReadAsync(set.File, cancellationToken)).Value;
                var name = Path.GetFileNameWithoutExtension(set.File);
                foreach (var question in questions.Where(question => !question.ExpectsNotFound))
                {
                    rows.AddRange(collector.Sentences($"{name}:{question.Id}", question.Text, question.Answers, PassagesPerQuestion, cancellationToken));
                }

                Console.Error.WriteLine($"{set.File}: {rows.Count - before:N0} sentence rows");
            }
        }

        return rows;
    }

    /// <summary>
    /// How often the first sentence of a held-out passage holds the answer: by the hand-set sum QuoteSentences uses
    /// without a model, and by <paramref name="model"/>.
    /// </summary>
    public static void Compare(IReadOnlyList<TrainingRow> held, TreeEnsemble model)
    {
        static double Hand(float[] row) => row[SentenceFeatures.Coverage] + (0.5 * row[SentenceFeatures.Evidence]) + row[SentenceFeatures.Similarity] + (2 * row[SentenceFeatures.Attributed]);
        foreach (var set in held.GroupBy(row => row.Group.Split(':')[0]))
        {
            var groups = set.GroupBy(row => row.Group).ToList();
            double First(Func<TrainingRow, double> score) => groups.Average(group => group.OrderByDescending(score).First().Label);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"held-out {set.Key}: {groups.Count} passages, first sentence holds the answer: hand {First(row => Hand(row.Features)):0.0000}, model {First(row => model.Score(row.Features)):0.0000}"));
        }
    }
}
