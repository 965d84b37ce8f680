using NewsBot.Core.Answers;
using NewsBot.Search.Tests.Indexing;
using NewsBot.Search.Vectors;
using NewsBot.Testing;
using NewsBot.Testing.Vectors;

namespace NewsBot.Search.Tests.Vectors;

/// <summary>A generation's vectors are read from their file when first needed, and never lost by a write before that.</summary>
public sealed class SentenceVectorsReadingTests
{
    [Fact]
    public async Task A_question_answered_on_words_alone_never_reads_the_vectors_file()
    {
        using var harness = new SearchHarness(embedder: new WordHashEmbedder());
        await harness.ReplaceAllAsync(IndexTestArticles.Zebras(), IndexTestArticles.Penguins());
        await harness.Vectors!.EmbedMissingAsync(1, null, CancellationToken.None);
        using var wordsAlone = new SearchHarness(harness.Root, new SearchOptions { Semantic = false }, new WordHashEmbedder());

        var answer = await wordsAlone.AskAsync("How many zebras did park rangers count?");
        // Removed after the question: had the question read the file, its vectors would still be known below.
        File.Delete(Path.Combine(harness.LiveGenerationPath(), SentenceVectors.FileName));

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.False(wordsAlone.Generations.Leases.MayHaveVectors);
    }

    [Fact]
    public void Vectors_appended_before_the_file_was_read_join_those_already_in_it()
    {
        using var folder = new TemporaryDirectory();
        SentenceVectors.Open(folder.Path).Append("model", 2, [(1UL, [1f, 0f])]);

        SentenceVectors.Open(folder.Path).Append("model", 2, [(2UL, [0f, 1f])]);

        var rows = SentenceVectors.Open(folder.Path).Rows!;
        Assert.Equal(2, rows.Count);
        Assert.True(rows.Contains(1UL));
        Assert.True(rows.Contains(2UL));
    }
}
