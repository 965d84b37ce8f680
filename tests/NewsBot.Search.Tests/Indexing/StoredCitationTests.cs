using NewsBot.Core.Answers;
using static NewsBot.Search.Tests.Indexing.IndexTestArticles;

namespace NewsBot.Search.Tests.Indexing;

public sealed class StoredCitationTests : IDisposable
{
    private readonly SearchHarness _harness = new();

    [Fact]
    public async Task A_quoted_citation_names_the_source_its_article_was_indexed_from_so_labels_need_no_second_read()
    {
        await _harness.ReplaceAllAsync(Zebras(), Penguins());

        var answer = await _harness.AskAsync("Where did the zebras graze?");

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.Equal("feeds", answer.Articles[0].Citation.Source);
    }

    public void Dispose() => _harness.Dispose();
}
