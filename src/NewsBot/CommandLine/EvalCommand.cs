using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;
using NewsBot.Core.Sources;
using NewsBot.Evaluation;
using NewsBot.Evaluation.Data;
using NewsBot.Evaluation.Metrics;
using NewsBot.Evaluation.QuestionSet;
using NewsBot.Ingestion.Text;
using Microsoft.Extensions.Options;
using NewsBot.Maintenance;
using NewsBot.Search;
using NewsBot.Search.Answering;

namespace NewsBot.CommandLine;

/// <summary>
/// <c>newsbot eval</c>: indexes a corpus into a temporary index through the normal pipeline, asks every question
/// through the same <see cref="IQuestionAnswerer"/> and defaults as <c>newsbot ask</c>, and prints the figures:
/// ranking and answer-hit for a labelled set (<c>--queries</c> with <c>--qrels</c>), or first-quote answer-hit and
/// honest "not found" for a news question set (<c>--questions</c>).
/// </summary>
internal static class EvalCommand
{
    /// <summary>How many malformed lines are listed before the rest are only counted.</summary>
    private const int ShownProblems = 20;

    /// <summary>What a mode does with the answers once they are in: score, then write the figures and the details.</summary>
    private delegate Task<int> Report(CliConsole console, AnswerHitRule answerHit, IReadOnlyList<QueryResult> results, IndexingFigures indexing);

    public static Command Create(CliContext context)
    {
        var corpus = new Option<FileInfo>("--corpus") { Description = "The corpus to index: JSON Lines with id, title and text.", Required = true };
        var queries = new Option<FileInfo?>("--queries") { Description = "A labelled set's questions: JSON Lines with id, text and optional answers (with --qrels)." };
        var qrels = new Option<FileInfo?>("--qrels") { Description = "Relevance judgements: query-id<TAB>doc-id<TAB>grade a line (with --queries)." };
        var questions = new Option<FileInfo?>("--questions")
        {
            Description = "A news question set instead: JSON Lines with id, kind, question and answers or \"expect\": \"not found\".",
        };
        var json = new Option<string?>("--json")
        {
            Description = "Write the figures as one JSON object: to FILE when given, else to standard output instead of the table.",
            Arity = ArgumentArity.ZeroOrOne,
            HelpName = "FILE",
        };
        var limit = new Option<int?>("--limit") { Description = "Ask only the first N questions (for a quick look)." };
        var half = new Option<string?>("--half")
        {
            Description = "Ask only the first or the second half of the questions, in file order: the ranking model is trained on the first half of a labelled set, so its figures are the second half's.",
            HelpName = "first|second",
        };
        half.AcceptOnlyFromAmong("first", "second");
        var details = new Option<FileInfo?>("--details") { Description = "Also write one JSON line per question (what was expected, first quote, hit, latency) to this file." };
        var index = new Option<DirectoryInfo?>("--index")
        {
            Description = "Keep the evaluation's index in this folder (never a configured index): the next run over the same corpus reuses its sentence vectors.",
            HelpName = "FOLDER",
        };
        var command = new Command("eval", "Measure answer quality: index a corpus in a temporary folder, ask every question, print recall, MRR, nDCG, answer-hit, not-found and latency.")
        {
            corpus, queries, qrels, questions, json, limit, half, details, index,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            context,
            new EvalSettings(
                parse.GetValue(corpus)!,
                parse.GetValue(queries),
                parse.GetValue(qrels),
                parse.GetValue(questions),
                parse.GetResult(json) is not null,
                parse.GetValue(json),
                parse.GetValue(limit),
                parse.GetValue(details)) { IndexFolder = parse.GetValue(index), Half = parse.GetValue(half) },
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, EvalSettings settings, CancellationToken cancellationToken)
    {
        var console = context.Console;
        var labelled = settings.Queries is not null || settings.Qrels is not null;
        if (labelled == (settings.Questions is not null) || (labelled && (settings.Queries is null || settings.Qrels is null)))
        {
            console.WriteError("give either --questions FILE, or both --queries FILE and --qrels FILE.");
            return ExitCodes.BadInput;
        }

        var missing = new[] { settings.Corpus, settings.Queries, settings.Qrels, settings.Questions }
            .OfType<FileInfo>().Where(file => !file.Exists).ToList();
        if (missing.Count > 0)
        {
            console.WriteError($"file not found: {string.Join(", ", missing.Select(file => file.FullName))}.");
            return ExitCodes.BadInput;
        }

        if (settings.Limit is <= 0)
        {
            console.WriteError("--limit must be a positive number of questions.");
            return ExitCodes.BadInput;
        }

        return settings.Questions is { } questionsFile
            ? await RunQuestionSetAsync(context, settings, questionsFile, cancellationToken).ConfigureAwait(false)
            : await RunLabelledAsync(context, settings, settings.Queries!, settings.Qrels!, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> RunLabelledAsync(CliContext context, EvalSettings settings, FileInfo queriesFile, FileInfo qrelsFile, CancellationToken cancellationToken)
    {
        var queryData = await QueriesReader.ReadAsync(queriesFile.FullName, cancellationToken).ConfigureAwait(false);
        var qrelsData = await QrelsReader.ReadAsync(qrelsFile.FullName, cancellationToken).ConfigureAwait(false);
        if (Refused(context.Console, queryData.Problems.Concat(qrelsData.Problems).ToList(), queriesFile, queryData.Value.Count))
        {
            return ExitCodes.BadInput;
        }

        var selected = Select(queryData.Value, settings);
        var qrels = qrelsData.Value;
        return await MeasureAsync(context, settings, selected, async (console, answerHit, results, indexing) =>
        {
            var summary = new EvalScorer(answerHit).Score(selected, results, qrels);
            await EvalOutput.WriteDetailsAsync(settings, stream => EvalDetails.Write(stream, selected, results, qrels, answerHit)).ConfigureAwait(false);
            return await EvalOutput.WriteFiguresAsync(console, settings,
                stream => EvalJson.Write(stream, summary, indexing),
                (output, interactive) => EvalPrinter.Print(output, interactive, summary, indexing)).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> RunQuestionSetAsync(CliContext context, EvalSettings settings, FileInfo questionsFile, CancellationToken cancellationToken)
    {
        var data = await NewsQuestionsReader.ReadAsync(questionsFile.FullName, cancellationToken).ConfigureAwait(false);
        if (Refused(context.Console, data.Problems, questionsFile, data.Value.Count))
        {
            return ExitCodes.BadInput;
        }

        var selected = Select(data.Value, settings);
        return await MeasureAsync(context, settings, selected.Select(question => question.ToQuery()).ToList(), async (console, answerHit, results, indexing) =>
        {
            var scorer = new QuestionSetScorer(answerHit);
            var summary = scorer.Score(selected, results);
            await EvalOutput.WriteDetailsAsync(settings, stream => QuestionSetDetails.Write(stream, selected, results, scorer)).ConfigureAwait(false);
            return await EvalOutput.WriteFiguresAsync(console, settings,
                stream => QuestionSetJson.Write(stream, summary, indexing),
                (output, interactive) => QuestionSetPrinter.Print(output, interactive, summary, indexing)).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    private static IReadOnlyList<T> Select<T>(IReadOnlyList<T> items, EvalSettings settings)
    {
        var halved = settings.Half switch
        {
            "first" => items.Take(items.Count / 2).ToList(),
            "second" => items.Skip(items.Count / 2).ToList(),
            _ => items,
        };
        return settings.Limit is { } count ? halved.Take(count).ToList() : halved;
    }

    /// <summary>True (and the problems written) when the input cannot be measured as it stands.</summary>
    private static bool Refused(CliConsole console, IReadOnlyList<SkippedItem> problems, FileInfo questionsFile, int questionCount)
    {
        if (problems.Count > 0)
        {
            // Measuring with lines dropped would report figures for a different set, so nothing is measured.
            foreach (var problem in problems.Take(ShownProblems))
            {
                console.WriteError(problem.ToString());
            }

            if (problems.Count > ShownProblems)
            {
                console.WriteError($"... and {problems.Count - ShownProblems} more malformed line(s).");
            }

            return true;
        }

        if (questionCount == 0)
        {
            console.WriteError($"{questionsFile.FullName} holds no questions.");
            return true;
        }

        return false;
    }

    private static async Task<int> MeasureAsync(CliContext context, EvalSettings settings, IReadOnlyList<EvalQuery> queries, Report report, CancellationToken cancellationToken)
    {
        var workspace = settings.IndexFolder?.FullName ?? Path.Combine(Path.GetTempPath(), "newsbot-eval", Guid.NewGuid().ToString("N"));
        var evalContext = context with
        {
            ConfigureHost = builder =>
            {
                context.ConfigureHost?.Invoke(builder);
                // Last, so that no configured index is ever touched: the evaluation owns a throw-away one.
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Index:Path"] = Path.Combine(workspace, "index") });
            },
        };
        try
        {
            return await VerbRunner.RunAsync(
                evalContext,
                (services, token) => EvaluateAsync(context.Console, services, settings, queries, report, token),
                cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (settings.IndexFolder is null)
            {
                DeleteWorkspace(workspace);
            }
        }
    }

    private static async Task<int> EvaluateAsync(
        CliConsole console,
        IServiceProvider services,
        EvalSettings settings,
        IReadOnlyList<EvalQuery> queries,
        Report report,
        CancellationToken cancellationToken)
    {
        // The evaluation index is its own, so whatever it held before is no loss.
        var request = MaintenanceRequest.RebuildFrom([settings.Corpus.FullName]) with { AllowShrink = true };
        var rebuild = await ProgressDisplay.RunAsync(console, progress =>
            services.Get<IndexMaintenance>().RunAsync(request, progress, cancellationToken)).ConfigureAwait(false);
        if (!rebuild.Succeeded || rebuild.Update.Passages == 0)
        {
            var failure = rebuild.Sources.Select(source => source.Failure).FirstOrDefault(reason => reason is not null);
            console.WriteError($"the corpus could not be indexed: {failure ?? "it holds no readable articles"}.");
            return ExitCodes.Failure;
        }

        var skipped = rebuild.Skipped.ToList();
        if (skipped.Count > 0)
        {
            // Skipped corpus lines lower every figure, so the reader must know about them.
            console.Error.WriteLine($"{skipped.Count} corpus line(s) were not indexed, first: {skipped[0]}");
        }

        var maintenance = services.Get<IndexMaintenance>();
        if (maintenance.ComputesVectors)
        {
            var embedded = await ProgressDisplay.RunAsync(console, progress => maintenance.EmbedVectorsAsync(besideQuestions: false, progress, onWait: null, cancellationToken)).ConfigureAwait(false);
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sentence vectors: {embedded.Sentences:N0} ({embedded.Embedded:N0} embedded now in {embedded.Elapsed.TotalSeconds:0.0} s, {embedded.SentencesPerSecond:0.0}/s; the rest reused)"));
        }

        var ranker = RankingModelInfo.Describe(services.Get<IOptions<SearchOptions>>().Value);
        console.Error.WriteLine($"ranking: {ranker}");
        var indexing = new IndexingFigures(rebuild.Read - skipped.Count, rebuild.Update.Passages, skipped.Count, rebuild.Elapsed.TotalSeconds) { Ranker = ranker };
        var runner = new EvalRunner(services.Get<IQuestionAnswerer>(), services.Get<TimeProvider>());
        var results = await ProgressDisplay.RunAsync(console, progress =>
            runner.RunAsync(queries, new QuestionProgress(progress, queries.Count), cancellationToken)).ConfigureAwait(false);
        // Sentences are counted by the splitter the engine itself quotes by, so "two sentences" means the same to both.
        var splitter = services.Get<SentenceSplitter>();
        return await report(console, new AnswerHitRule(quote => splitter.Split(quote).Count), results, indexing).ConfigureAwait(false);
    }

    private static void DeleteWorkspace(string workspace)
    {
        try
        {
            if (Directory.Exists(workspace))
            {
                Directory.Delete(workspace, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a finished measurement; the OS cleans temp folders.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }
}
