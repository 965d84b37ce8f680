using System.CommandLine;
using Microsoft.Extensions.Configuration;
using NewsBot.Core.Answers;
using NewsBot.Evaluation;
using NewsBot.Evaluation.Data;
using NewsBot.Evaluation.Metrics;
using NewsBot.Core.Sources;
using NewsBot.Maintenance;
using NewsBot.Ingestion.Text;

namespace NewsBot.CommandLine;

/// <summary>
/// <c>newsbot eval</c>: indexes a corpus into a temporary index through the normal pipeline, asks every question
/// through the same <see cref="IQuestionAnswerer"/> and defaults as <c>newsbot ask</c>, and prints the figures.
/// </summary>
internal static class EvalCommand
{
    /// <summary>How many malformed lines are listed before the rest are only counted.</summary>
    private const int ShownProblems = 20;

    public static Command Create(CliContext context)
    {
        var corpus = new Option<FileInfo>("--corpus") { Description = "The corpus to index: JSON Lines with id, title and text.", Required = true };
        var queries = new Option<FileInfo>("--queries") { Description = "The questions: JSON Lines with id, text and optional answers.", Required = true };
        var qrels = new Option<FileInfo>("--qrels") { Description = "Relevance judgements: query-id<TAB>doc-id<TAB>grade a line.", Required = true };
        var json = new Option<string?>("--json")
        {
            Description = "Write the figures as one JSON object: to FILE when given, else to standard output instead of the table.",
            Arity = ArgumentArity.ZeroOrOne,
            HelpName = "FILE",
        };
        var limit = new Option<int?>("--limit") { Description = "Ask only the first N questions (for a quick look)." };
        var details = new Option<FileInfo?>("--details") { Description = "Also write one JSON line per question (ranked ids, first quote, hit, latency) to this file." };
        var command = new Command("eval", "Measure answer quality: index a corpus in a temporary folder, ask every question, print recall, MRR, nDCG, answer-hit and latency.")
        {
            corpus, queries, qrels, json, limit, details,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            context,
            new EvalSettings(
                parse.GetValue(corpus)!,
                parse.GetValue(queries)!,
                parse.GetValue(qrels)!,
                parse.GetResult(json) is not null,
                parse.GetValue(json),
                parse.GetValue(limit),
                parse.GetValue(details)),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, EvalSettings settings, CancellationToken cancellationToken)
    {
        var console = context.Console;
        var missing = new[] { settings.Corpus, settings.Queries, settings.Qrels }.Where(file => !file.Exists).ToList();
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

        var queryData = await QueriesReader.ReadAsync(settings.Queries.FullName, cancellationToken).ConfigureAwait(false);
        var qrelsData = await QrelsReader.ReadAsync(settings.Qrels.FullName, cancellationToken).ConfigureAwait(false);
        var problems = queryData.Problems.Concat(qrelsData.Problems).ToList();
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

            return ExitCodes.BadInput;
        }

        if (queryData.Value.Count == 0)
        {
            console.WriteError($"{settings.Queries.FullName} holds no questions.");
            return ExitCodes.BadInput;
        }

        var selected = settings.Limit is { } limit ? queryData.Value.Take(limit).ToList() : queryData.Value;
        var workspace = Path.Combine(Path.GetTempPath(), "newsbot-eval", Guid.NewGuid().ToString("N"));
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
                (services, token) => EvaluateAsync(console, services, settings, selected, qrelsData.Value, token),
                cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            DeleteWorkspace(workspace);
        }
    }

    private static async Task<int> EvaluateAsync(
        CliConsole console,
        IServiceProvider services,
        EvalSettings settings,
        IReadOnlyList<EvalQuery> queries,
        Qrels qrels,
        CancellationToken cancellationToken)
    {
        // The evaluation index is its own, so whatever it held before is no loss.
        var request = MaintenanceRequest.RebuildFrom([settings.Corpus.FullName]) with { AllowShrink = true };
        var rebuild = await ProgressDisplay.RunAsync(console, progress =>
            services.Get<IndexMaintenance>().RunAsync(request, progress, cancellationToken)).ConfigureAwait(false);
        if (!rebuild.Succeeded || rebuild.Update.Passages == 0)
        {
            var failure = rebuild.Sources.Select(report => report.Failure).FirstOrDefault(reason => reason is not null);
            console.WriteError($"the corpus could not be indexed: {failure ?? "it holds no readable articles"}.");
            return ExitCodes.Failure;
        }

        var skipped = rebuild.Skipped.ToList();
        if (skipped.Count > 0)
        {
            // Skipped corpus lines lower every figure, so the reader must know about them.
            console.Error.WriteLine($"{skipped.Count} corpus line(s) were not indexed, first: {skipped[0]}");
        }

        var indexing = new IndexingFigures(rebuild.Read - skipped.Count, rebuild.Update.Passages, skipped.Count, rebuild.Elapsed.TotalSeconds);
        var runner = new EvalRunner(services.Get<IQuestionAnswerer>(), services.Get<TimeProvider>());
        var results = await ProgressDisplay.RunAsync(console, progress =>
            runner.RunAsync(queries, new QuestionProgress(progress, queries.Count), cancellationToken)).ConfigureAwait(false);
        // Sentences are counted by the splitter the engine itself quotes by, so "two sentences" means the same to both.
        var splitter = services.Get<SentenceSplitter>();
        var answerHit = new AnswerHitRule(quote => splitter.Split(quote).Count);
        var summary = new EvalScorer(answerHit).Score(queries, results, qrels);
        if (settings.Details is { } detailsFile)
        {
            await using var file = File.Create(detailsFile.FullName);
            EvalDetails.Write(file, queries, results, qrels, answerHit);
        }

        if (settings.Json && settings.JsonPath is null)
        {
            using var stdout = new MemoryStream();
            EvalJson.Write(stdout, summary, indexing);
            console.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stdout.ToArray()));
            return ExitCodes.Success;
        }

        EvalPrinter.Print(console.Out, console.Interactive, summary, indexing);
        if (settings.JsonPath is { } path)
        {
            await using var file = File.Create(path);
            EvalJson.Write(file, summary, indexing);
        }

        return ExitCodes.Success;
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
