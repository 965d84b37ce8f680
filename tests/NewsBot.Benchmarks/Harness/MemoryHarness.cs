using System.Globalization;
using NewsBot.Benchmarks.Data;
using NewsBot.Benchmarks.Engine;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;
using NewsBot.Search.Vectors;

namespace NewsBot.Benchmarks.Harness;

/// <summary>
/// Peak memory while indexing the generated corpus and while answering from it (run in its own process); with
/// vectors, every sentence gets one (from <see cref="QuestionsOnlyEmbedder"/>: real model for questions) and answers use them.
/// </summary>
internal static class MemoryHarness
{
    public static async Task RunAsync(bool withVectors = false)
    {
        var corpus = BenchCorpus.Open(BenchCorpus.Generated);
        var questions = BenchQuestions.For(BenchCorpus.Generated, 500);
        using var sampler = new MemorySampler();
        var before = sampler.TakePeaks();
        using var embedder = withVectors ? new QuestionsOnlyEmbedder() : null;
        using var engine = BenchEngine.Create(semantic: withVectors, configure: services =>
        {
            if (embedder is not null)
            {
                services.AddSingleton<ISentenceEmbedder>(embedder);
            }
        });
        var report = await engine.IndexAsync(corpus.Path, CancellationToken.None);
        var vectors = withVectors ? await engine.EmbedAsync(CancellationToken.None) : VectorUpdate.None;
        var indexing = sampler.TakePeaks();
        foreach (var question in questions)
        {
            await engine.Answerer.AskAsync(new AskRequest(question), CancellationToken.None);
        }

        await Parallel.ForEachAsync(questions, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (question, token) =>
            await engine.Answerer.AskAsync(new AskRequest(question), token));
        var answering = sampler.TakePeaks();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            [memory] generated corpus: {corpus.Articles:N0} articles, {corpus.TextBytes / 1e6:0.0} MB text, {report.Update.Passages:N0} passages, {vectors.Sentences:N0} sentence vectors
            [memory] before indexing: working set {before.WorkingSetMb:0} MB, managed heap {before.ManagedMb:0} MB
            [memory] peak while indexing: working set {indexing.WorkingSetMb:0} MB, managed heap {indexing.ManagedMb:0} MB
            [memory] peak while answering {questions.Count} questions single-threaded then {questions.Count} on all cores: working set {answering.WorkingSetMb:0} MB, managed heap {answering.ManagedMb:0} MB
            [memory] process peak working set (OS): {sampler.ProcessPeakWorkingSetMb():0} MB
            """));
    }
}
