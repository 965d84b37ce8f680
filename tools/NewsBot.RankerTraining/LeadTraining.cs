using System.Globalization;
using NewsBot.Evaluation.Data;
using NewsBot.Search.Answering.Ranking;

namespace NewsBot.RankerTraining;

/// <summary>
/// Fits the lead model (which of an article's candidate passages leads it) on news training questions alone: one group
/// per article with two candidates or more, a passage labelled 1 when its quote holds an alternative. SQuAD's articles
/// are single paragraphs and NFCorpus has no answers, so neither has a lead to choose.
/// </summary>
internal static class LeadTraining
{
    public static async Task<List<TrainingRow>> CollectAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var rows = new List<TrainingRow>();
        foreach (var set in TrainingSet.Named(arguments).Where(set => set.Qrels is null))
        {
            var questions = (await NewsQuestionsReader.ReadAsync(set.File, cancellationToken)).Value;
            using var collector = new CandidateCollector(set.Folder);
            var before = rows.Count;
            rows.AddRange(collector.Leads(Path.GetFileNameWithoutExtension(set.File), questions, cancellationToken));
            Console.Error.WriteLine($"{set.File}: {rows.Count - before:N0} lead rows");
        }

        return rows;
    }

    /// <summary>
    /// How often a held-out article's lead quote holds the answer: by the hand-set choice (blended score plus answer
    /// evidence, what leads without a model) and by <paramref name="model"/>; of the first article only, and of all.
    /// </summary>
    public static void Compare(IReadOnlyList<TrainingRow> held, TreeEnsemble model)
    {
        var hand = LeadFeatures.Names.ToList().IndexOf("hand_lead");
        foreach (var set in held.GroupBy(row => row.Group.Split(':')[0]))
        {
            var groups = set.GroupBy(row => row.Group).ToList();
            int Led(IEnumerable<IGrouping<string, TrainingRow>> chosen, Func<TrainingRow, double> score) =>
                chosen.Sum(group => (int)group.Select((row, i) => (row, i)).OrderByDescending(pair => score(pair.row)).ThenBy(pair => pair.i).First().row.Label);
            var firsts = groups.Where(group => group.Key.EndsWith(":first", StringComparison.Ordinal)).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"held-out {set.Key}: first articles {firsts.Count}, led by an answering quote: hand {Led(firsts, row => row.Features[hand])}, model {Led(firsts, row => model.Score(row.Features))}; all articles {groups.Count}: hand {Led(groups, row => row.Features[hand])}, model {Led(groups, row => model.Score(row.Features))}"));
        }
    }
}
