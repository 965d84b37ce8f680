using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NewsBot.Core.Articles;
using NewsBot.Search.Analysis;
using NewsBot.Search.Indexing;
using NewsBot.Testing.Articles;
using Xunit;

namespace NewsBot.Search.Tests.Indexing;

public sealed class ReusableFieldsTests
{
    private static readonly DateTimeOffset Day = new(2025, 11, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_index_written_with_reused_fields_and_headlines_analysed_once_equals_one_written_with_new_fields_for_every_document()
    {
        var articles = Articles();

        var reused = Dump(writer =>
        {
            var fields = new ReusableFields(writer.Analyzer);
            foreach (var article in articles)
            {
                writer.AddDocuments(ArticleDocuments.Create(article, fields));
            }
        });
        var fresh = Dump(writer =>
        {
            foreach (var article in articles)
            {
                writer.AddDocuments(ArticleDocuments.Create(article, ReusableFields.NewEveryTime()));
            }
        });

        Assert.Equal(fresh, reused);
        Assert.Contains("title:storm ", reused, StringComparison.Ordinal);
        Assert.Contains("norm title ", reused, StringComparison.Ordinal);
        Assert.Contains("sketch_key:", reused, StringComparison.Ordinal);
        Assert.Contains("latest_event:", reused, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_is_handed_out_once_per_document_and_again_in_the_next()
    {
        var fields = new ReusableFields();
        fields.NextDocument();
        var first = fields.String("key", "a", Lucene.Net.Documents.Field.Store.NO);
        var second = fields.String("key", "b", Lucene.Net.Documents.Field.Store.NO);
        fields.NextDocument();
        var again = fields.String("key", "c", Lucene.Net.Documents.Field.Store.NO);

        Assert.NotSame(first, second);
        Assert.Same(first, again);
        Assert.Equal("c", again.GetStringValue());
        Assert.Equal("b", second.GetStringValue());
    }

    // Articles that between them use every optional field: outlets, carriers, dates, stated events, sketches.
    private static List<AnalyzedArticle> Articles()
    {
        var sketch = TextSketch.FromSmallest(Enumerable.Range(1, TextSketch.Size).Select(i => (ulong)i * 7919UL));
        return
        [
            TestArticleBuilder.Article("one", "Zebras grazed on the savanna near the river. Park rangers counted the herd at dawn. The count rose.")
                .From("Wild News").Published(Day).InSource("feeds").SentencesPerPassage(2).Stating(new DateOnly(2025, 11, 19), "dawn").Build() with { Sketch = sketch },
            TestArticleBuilder.Article("two", "Penguins huddled on the ice shelf through the storm. Scientists tagged the colony.")
                .From("Polar Post").AlsoCarriedBy("Ice Daily", "Cold Wire").Published(Day.AddDays(-3)).InSource("folder").Build(),
            TestArticleBuilder.Article("three", "Otters floated in the kelp forest. Divers filmed them. Otters floated in the kelp forest.").Build(),
            TestArticleBuilder.Article("four", "Boats docked at the harbour on Tuesday before the storm. The crew unloaded crates.")
                .From("Harbour Herald").Published(Day.AddDays(-1)).Stating(new DateOnly(2025, 11, 18), "Tuesday").Build() with { Sketch = sketch },
        ];
    }

    private static string Dump(Action<IndexWriter> write)
    {
        using var directory = new RAMDirectory();
        using (var analyzer = NewsAnalyzers.CreateIndexAnalyzer())
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(IndexFields.Version, analyzer)))
        {
            write(writer);
            writer.Commit();
        }

        return IndexDump.Of(directory);
    }
}
