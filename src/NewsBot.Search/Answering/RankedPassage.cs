using NewsBot.Core.Answers;

namespace NewsBot.Search.Answering;

/// <summary>A passage after re-ranking: its article, its best quote and the signals that placed it.</summary>
/// <param name="Citation">The article it comes from.</param>
/// <param name="Quote">The best one or two sentences of the passage, verbatim, with highlights.</param>
/// <param name="Coverage">IDF-weighted share of the question's terms found in the passage (0 to 1).</param>
/// <param name="Score">The score that orders answers: the lexical one, blended with <see cref="Similarity"/> when vectors are used.</param>
internal sealed record RankedPassage(Citation Citation, Quote Quote, double Coverage, double Score)
{
    /// <summary>The lexical re-rank score (0 to about 1), the same for every question: what the confidence check reads.</summary>
    public double LexicalScore { get; init; }

    /// <summary>The cosine between the question and the passage's best sentence; null without vectors.</summary>
    public double? Similarity { get; init; }

    /// <summary>How strongly the quote holds the sort of answer the question asks for (<see cref="AnswerEvidence"/>, 0 to 1).</summary>
    public double Evidence { get; init; }

    /// <summary>For "what did X say": true when the quote gives words to X (<see cref="SpeakerAttribution"/>).</summary>
    public bool SpeakerAttributed { get; init; }

    /// <summary>For "what did X say": true when the passage names X (<see cref="SpeakerAttribution.Names"/>), whoever's words it gives.</summary>
    public bool SpeakerNamed { get; init; }

    /// <summary>The passage's Lucene document in the searcher it was ranked in, to reach the passages beside it (<see cref="BorderQuotes"/>); -1 when unknown.</summary>
    public int Doc { get; init; } = -1;

    /// <summary>True when the quote is one sentence that opens the passage (only white space before it).</summary>
    public bool QuoteOpensPassage { get; init; }

    /// <summary>True when the quote is one sentence that closes the passage (only white space after it).</summary>
    public bool QuoteClosesPassage { get; init; }

    /// <summary>Every sentence of the passage with what the sentence model reads of it: the sentence model's training rows.</summary>
    public IReadOnlyList<SentenceRow> Sentences { get; init; } = [];

    /// <summary>What the learned ranker reads of this candidate (<see cref="Ranking.RankingFeatures"/>), in its order.</summary>
    public float[] Features { get; init; } = [];

    /// <summary>
    /// What the lead model reads of this candidate against its article's other candidates
    /// (<see cref="Ranking.LeadFeatures"/>); filled by <see cref="LeadChoice"/> only where the article has two or more.
    /// </summary>
    public float[] LeadRow { get; init; } = [];

    /// <summary>The passage's position in its article (0 opens it); -1 when unknown.</summary>
    public int Ordinal { get; init; } = -1;

    /// <summary>The question's weighted stems the passage's text holds.</summary>
    public IReadOnlySet<string> PassageStems { get; init; } = EmptyStems;

    /// <summary>The question's weighted stems the quote holds.</summary>
    public IReadOnlySet<string> QuoteStems { get; init; } = EmptyStems;

    /// <summary>The question's weighted stems the article's headline holds.</summary>
    public IReadOnlySet<string> HeadlineStems { get; init; } = EmptyStems;

    private static readonly IReadOnlySet<string> EmptyStems = new HashSet<string>(StringComparer.Ordinal);
}

/// <summary>
/// One sentence of a candidate passage (<paramref name="Passage"/>[<paramref name="Start"/>..<paramref name="End"/>],
/// cut only when read: only training reads it) and its <see cref="Ranking.SentenceFeatures"/>.
/// </summary>
internal readonly record struct SentenceRow(string Passage, int Start, int End, float[] Features)
{
    public string Text => Passage[Start..End];
}
