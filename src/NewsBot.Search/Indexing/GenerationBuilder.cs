using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Store;
using NewsBot.Core.Articles;
using NewsBot.Core.Concurrency;
using NewsBot.Core.Indexing;
using NewsBot.Search.Analysis;

namespace NewsBot.Search.Indexing;

/// <summary>Writes a whole new generation folder, on every core; swapping it in is the caller's.</summary>
internal sealed class GenerationBuilder(GenerationStore store, WriteGate gate, int parts)
{
    /// <summary>A builder that indexes a large batch in one part per core.</summary>
    public GenerationBuilder(GenerationStore store, WriteGate gate)
        : this(store, gate, Environment.ProcessorCount)
    {
    }

    /// <summary>Batches of at least this many articles are indexed in parallel parts; smaller ones on one thread.</summary>
    internal const int ParallelFromArticles = 500;

    // Articles are split into contiguous parts, one per core, each indexed by its own writer into a folder of its
    // own; the parts are then appended in order. Lucene's writer also accepts documents from several threads, but
    // then their order, and so the order of equally scored answers, would change from one reindex to the next.
    public int Write(string name, List<AnalyzedArticle> latest, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        var ranges = PartRanges(latest.Count, parts);
        if (ranges.Count == 1)
        {
            return WritePart(name, latest, ranges[0], new PartProgress(progress, latest.Count), commitData: true, cancellationToken);
        }

        var partNames = ranges.Select((_, k) => $"{name}-part{k}").ToList();
        try
        {
            var shared = new PartProgress(progress, latest.Count);
            var passages = new int[ranges.Count];
            ParallelWork.For(
                ranges.Count,
                k => passages[k] = WritePart(partNames[k], latest, ranges[k], shared, commitData: false, cancellationToken),
                cancellationToken,
                maxParallel: ranges.Count);

            cancellationToken.ThrowIfCancellationRequested();
            shared.Committing();
            using var directory = store.OpenDirectory(name);
            using var analyzer = NewsAnalyzers.CreateIndexAnalyzer();
            using var writer = new IndexWriter(directory, NewWriterConfig(analyzer));
            try
            {
                var partDirectories = partNames.Select(part => (Lucene.Net.Store.Directory)FSDirectory.Open(store.PathOf(part))).ToArray();
                try
                {
                    writer.AddIndexes(partDirectories);
                }
                finally
                {
                    foreach (var partDirectory in partDirectories)
                    {
                        partDirectory.Dispose();
                    }
                }

                writer.SetCommitData(gate.CommitData());
                writer.Commit();
            }
            catch
            {
                writer.Rollback();
                throw;
            }

            return passages.Sum();
        }
        finally
        {
            foreach (var part in partNames)
            {
                store.TryDeleteGeneration(part);
            }
        }
    }

    // Indexes latest[range] into a new index named generation, in order, on the calling thread. A part (no commit data)
    // is temporary and is not flushed to the disk.
    private int WritePart(string generation, List<AnalyzedArticle> latest, Range range, PartProgress progress, bool commitData, CancellationToken cancellationToken)
    {
        var passages = 0;
        using var directory = commitData ? store.OpenDirectory(generation) : new PartDirectory(store.PathOf(generation));
        using var analyzer = NewsAnalyzers.CreateIndexAnalyzer();
        using var writer = new IndexWriter(directory, NewWriterConfig(analyzer));
        var fields = new ReusableFields(analyzer);
        try
        {
            var (offset, length) = range.GetOffsetAndLength(latest.Count);
            for (var i = offset; i < offset + length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                writer.AddDocuments(ArticleDocuments.Create(latest[i], fields));
                passages += latest[i].Passages.Count;
                progress.ArticleIndexed();
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (commitData)
            {
                progress.Committing();
                writer.SetCommitData(gate.CommitData());
            }

            writer.Commit();
        }
        catch
        {
            writer.Rollback();
            throw;
        }

        return passages;
    }

    // A new generation is written once and then only read: segments stay as flushed files rather than being copied
    // again into compound files (Lucene's default, which rewrites every segment once more to save file handles).
    private IndexWriterConfig NewWriterConfig(Analyzer analyzer) => new(IndexFields.Version, analyzer)
    {
        OpenMode = OpenMode.CREATE,
        Similarity = store.Similarity,
        RAMBufferSizeMB = 64,
        UseCompoundFile = false,
        Codec = new NewsCodec(),
        MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
    };

    // One part per core once a batch is big enough for the extra writers and the final append to pay off.
    private static List<Range> PartRanges(int articles, int parts)
    {
        var count = articles < ParallelFromArticles ? 1 : Math.Max(1, parts);
        var ranges = new List<Range>(count);
        for (var k = 0; k < count; k++)
        {
            ranges.Add(new Range(articles * k / count, articles * (k + 1) / count));
        }

        return ranges;
    }

    /// <summary>Counts indexed articles across parts for one progress bar.</summary>
    private sealed class PartProgress(IProgress<IndexProgress>? progress, int total)
    {
        private int _done;

        public void ArticleIndexed()
        {
            var done = Interlocked.Increment(ref _done);
            if (done % 50 == 0 || done == total)
            {
                progress?.Report(new IndexProgress("indexing", done, total));
            }
        }

        public void Committing() => progress?.Report(new IndexProgress("committing", total, total));
    }
}
