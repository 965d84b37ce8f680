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
    /// Rank answers and choose quotes with sentence vectors as well as words (a local model, nothing downloaded): every
    /// sentence gets a vector after the lexical index is live, a question one vector, and passages are ranked by a blend
    /// of the lexical score and their best sentence's cosine, with candidates also found by vector alone. Default true;
    /// false ranks by words only, and no model is ever loaded. Environment: <c>NEWSBOT_Index__Semantic=false</c>.
    /// </summary>
    public bool Semantic { get; set; } = true;

    /// <summary>
    /// Order the candidates by the ranking model trained on labelled questions (shipped with the program; see the
    /// README's answering section) instead of the hand-set blend. Default true; false is the blend, for comparison.
    /// </summary>
    public bool LearnedRanking { get; set; } = true;

    /// <summary>Which local model makes the vectors. Default <see cref="Vectors.VectorModel.ArcticXs"/> (measured the better of the two).</summary>
    public Vectors.VectorModel VectorModel { get; set; } = Vectors.VectorModel.ArcticXs;

    /// <summary>Share of a passage's blended score that comes from its best sentence's cosine (min-max normalised over the candidates).</summary>
    [Range(0.0, 1.0, ErrorMessage = "Index:SemanticWeight must be between 0 and 1.")]
    public double SemanticWeight { get; set; } = 0.5;

    /// <summary>How many sentences nearest the question (by a scan of every vector) join BM25's candidates. Default 50.</summary>
    [Range(0, 1000, ErrorMessage = "Index:VectorCandidates must be between 0 and 1000.")]
    public int VectorCandidates { get; set; } = 50;

    /// <summary>
    /// Smallest cosine between the question and a passage's best sentence for that passage to be quoted on its meaning
    /// alone, sharing too few words with the question to pass <see cref="MinCoverage"/>. Default 0.65, for arctic-embed-xs,
    /// whose cosines are compressed: a paraphrase of a sentence measured about 0.65 to 0.75 against it, unrelated news
    /// sentences 0.35 to 0.55 (another model needs its own value).
    /// </summary>
    [Range(0.0, 1.0, ErrorMessage = "Index:MinSimilarity must be between 0 and 1.")]
    public double MinSimilarity { get; set; } = 0.65;

    /// <summary>
    /// How many previous index generations a reindex keeps beside the live one, so a reindex that lost articles can be
    /// rolled back. Default 1; 0 deletes the replaced generation at once. Each kept generation takes the disk space of
    /// a whole index.
    /// </summary>
    [Range(0, 10, ErrorMessage = "Index:KeepGenerations must be between 0 and 10.")]
    public int KeepGenerations { get; set; } = 1;
}
