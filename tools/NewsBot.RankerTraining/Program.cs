using System.Globalization;
using NewsBot.Evaluation.Data;
using NewsBot.RankerTraining;
using NewsBot.Search.Answering.Ranking;

// Usage (from the repository root, after `newsbot eval --index FOLDER` built each set's index with its vectors):
//   dotnet run --project tools/NewsBot.RankerTraining -c Release -- --out src/NewsBot.Search/Answering/Ranking/ranker-model.json \
//     --labelled /tmp/ev-squad ../shared/eval/squad-dev/queries.jsonl ../shared/eval/squad-dev/qrels.tsv \
//     --labelled /tmp/ev-nf ../shared/eval/nfcorpus/queries.jsonl ../shared/eval/nfcorpus/qrels.tsv \
//     --news /tmp/ev-wiki eval/wikinews/set2/train.jsonl [--rows rows.tsv] [--trees 150] [--leaves 16]
// A labelled set trains on its first half only (queries in file order); the second half is what `newsbot eval
// --half second` measures. A news set is a training part already and is used whole.
// With --sentences (and --out src/NewsBot.Search/Answering/Ranking/sentence-model.json) the same sets train the sentence
// model instead (SentenceTraining): which sentence of a passage is quoted. With --leads (--news sets only, and --out
// src/NewsBot.Search/Answering/Ranking/lead-model.json) they train the lead model (LeadTraining): which of an article's
// candidate passages leads it.
var arguments = args.ToList();
string? Option(string name, string? fallback = null)
{
    var at = arguments.IndexOf(name);
    return at >= 0 && at + 1 < arguments.Count ? arguments[at + 1] : fallback;
}

var output = Option("--out") ?? throw new ArgumentException("--out FILE is required: where to write the model.");
var rowsFile = Option("--rows");
var settings = new ModelFitter.FitSettings(
    Trees: int.Parse(Option("--trees", "150")!, CultureInfo.InvariantCulture),
    Leaves: int.Parse(Option("--leaves", "16")!, CultureInfo.InvariantCulture),
    MinLeafRows: int.Parse(Option("--min-leaf", "20")!, CultureInfo.InvariantCulture),
    LearningRate: double.Parse(Option("--rate", "0.1")!, CultureInfo.InvariantCulture),
    Truncation: int.Parse(Option("--cut", "10")!, CultureInfo.InvariantCulture),
    Seed: 20,
    NewsWeight: float.Parse(Option("--news-weight", "1")!, CultureInfo.InvariantCulture));
var cancellation = CancellationToken.None;
var heldFifth = uint.Parse(Option("--fold", "0")!, CultureInfo.InvariantCulture);
var sentences = arguments.Contains("--sentences");
var leads = arguments.Contains("--leads");
var featureNames = sentences ? SentenceFeatures.Names : leads ? LeadFeatures.Names : RankingFeatures.Names;

List<TrainingRow> rows;
if (rowsFile is not null && File.Exists(rowsFile) && !arguments.Contains("--labelled") && !arguments.Contains("--news"))
{
    rows = RowsFile.Read(rowsFile);
    Console.Error.WriteLine($"read {rows.Count:N0} rows from {rowsFile}");
}
else if (sentences || leads)
{
    rows = sentences ? await SentenceTraining.CollectAsync(arguments, cancellation) : await LeadTraining.CollectAsync(arguments, cancellation);
    if (rowsFile is not null)
    {
        RowsFile.Write(rowsFile, rows);
    }
}
else
{
    rows = [];
    var sets = new List<string>();
    foreach (var set in TrainingSet.Named(arguments))
    {
        using var collector = new CandidateCollector(set.Folder);
        var before = rows.Count;
        if (set.Qrels is { } qrelsFile)
        {
            var queries = (await QueriesReader.ReadAsync(set.File, cancellation)).Value;
            var qrels = (await QrelsReader.ReadAsync(qrelsFile, cancellation)).Value;
            var firstHalf = queries.Take(queries.Count / 2).ToList();
            rows.AddRange(collector.Labelled(Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(set.File)))!, firstHalf, qrels, cancellation));
            sets.Add($"{set.File}: first {firstHalf.Count} of {queries.Count} queries, {rows.Count - before:N0} rows");
        }
        else
        {
            var questions = (await NewsQuestionsReader.ReadAsync(set.File, cancellation)).Value;
            rows.AddRange(collector.News(Path.GetFileNameWithoutExtension(set.File), questions, cancellation));
            sets.Add($"{set.File}: {questions.Count} questions, {rows.Count - before:N0} rows");
        }
    }

    sets.ForEach(Console.Error.WriteLine);
    if (rowsFile is not null)
    {
        RowsFile.Write(rowsFile, rows);
    }
}

if (rows.Count == 0)
{
    Console.Error.WriteLine("no training rows: name sets with --labelled FOLDER QUERIES QRELS or --news FOLDER QUESTIONS.");
    return 2;
}

if (arguments.Contains("--check"))
{
    // Settings are chosen on the training rows alone: a fifth of the training questions (by a hash of their id) is held
    // out, the rest fitted, and the held-out questions' first candidate compared with the hand-set blend's.
    var (fit, held) = (rows.Where(row => !HeldOut(row.Group)).ToList(), rows.Where(row => HeldOut(row.Group)).ToList());
    var (checkJson, _, _) = ModelFitter.Fit(fit, featureNames, "check", settings);
    using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(checkJson));
    var check = TreeEnsemble.Read(stream, featureNames);
    if (sentences || leads)
    {
        if (sentences)
        {
            SentenceTraining.Compare(held, check);
        }
        else
        {
            LeadTraining.Compare(held, check);
        }

        return 0;
    }

    foreach (var set in held.GroupBy(row => row.Group.Split(':')[0]))
    {
        var groups = set.GroupBy(row => row.Group).ToList();
        double First(Func<TrainingRow, double> score) => groups.Average(group => group.OrderByDescending(score).First().Label);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"held-out {set.Key}: {groups.Count} questions, first candidate's mean label: blend {First(row => row.Features[RankingFeatures.BlendedScore]):0.0000}, model {First(row => check.Score(row.Features)):0.0000}"));
    }

    return 0;
}

// Held out by question: a sentence row's group (set:question:passage) goes with its question's other passages.
// --fold K (0 to 4) holds out another fifth, to see the same settings on every part of the questions.
bool HeldOut(string group) => System.IO.Hashing.XxHash32.HashToUInt32(System.Text.Encoding.UTF8.GetBytes(string.Join(':', group.Split(':').Take(2)))) % 5 == heldFifth;

var name = Option("--name") ?? $"lambdamart-{settings.Trees}x{settings.Leaves}-{rows.Select(row => row.Group).Distinct().Count()}q";
var (json, importances, difference) = ModelFitter.Fit(rows, featureNames, name, settings);
if (difference > 1e-3)
{
    Console.Error.WriteLine($"the exported trees score differently from ML.NET's (up to {difference}); nothing written.");
    return 1;
}

await File.WriteAllTextAsync(output, json + "\n", cancellation);
Console.WriteLine($"model {name}: {rows.Count:N0} rows of {rows.Select(row => row.Group).Distinct().Count():N0} questions; wrote {output} ({new FileInfo(output).Length:N0} bytes); largest score difference from ML.NET {difference:E1}");
Console.WriteLine("feature importance (FastTree gain, largest = 1):");
var top = Math.Max(1e-9f, importances.Max(pair => pair.Importance));
foreach (var (feature, importance) in importances)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {feature,-24} {importance / top:0.000}"));
}

return 0;
