using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsBot.Search.Analysis;
using NewsBot.Search.Answering;
using NewsBot.Search.Indexing;
using NewsBot.Testing.Articles;

namespace NewsBot.Search.Tests.Answering;

public sealed class IndexedMatchesTests : IDisposable
{
    private readonly SearchHarness _harness = new();

    [Fact]
    public async Task The_stems_read_from_the_index_stand_where_analysing_the_text_finds_them()
    {
        var text = "The council's budget vote failed. Council members said the budgets were voted down twice, and the mayor's budget office disagreed.";
        await _harness.ReplaceAllAsync(TestArticleBuilder.Article("budget", text).Build(), NewsCorpus.All[0]);
        string[] stems = ["council", "budget", "vote", "mayor"];
        using var lease = _harness.Generations.Leases.AcquireSearcher()!.Value;
        var hits = lease.Searcher.Search(new TermQuery(new Term(IndexFields.Type, IndexFields.PassageType)), 100).ScoreDocs;

        var found = IndexedMatches.Find(lease.Searcher.IndexReader, hits, stems);

        using var english = NewsAnalyzers.CreateEnglish();
        for (var i = 0; i < hits.Length; i++)
        {
            var passage = lease.Searcher.Doc(hits[i].Doc).Get(IndexFields.Text);
            var analysed = QuestionParser.Tokens(english, passage).Where(token => stems.Contains(token.Text)).ToList();
            Assert.Equal(analysed, found[i]);
        }

        Assert.Contains(found, matches => matches!.Count(match => match.Text == "budget") == 3);
    }

    public void Dispose() => _harness.Dispose();
}
