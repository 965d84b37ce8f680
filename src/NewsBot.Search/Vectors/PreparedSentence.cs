namespace NewsBot.Search.Vectors;

/// <summary>
/// An article sentence made ready for <see cref="ISentenceEmbedder.EmbedPrepared"/>: read once by the model's tokenizer
/// where the embedder has one, so a vector pass can group sentences of like <see cref="Length"/> into one batch (a batch
/// is padded to its longest sentence) without tokenising any sentence twice.
/// </summary>
/// <param name="Text">The sentence as given.</param>
/// <param name="Length">What one batch row costs: the word pieces the model reads, or the characters when there is no tokenizer.</param>
public sealed record PreparedSentence(string Text, int Length)
{
    /// <summary>The model's input ids, when the embedder tokenised the sentence itself.</summary>
    internal long[]? WordPieces { get; init; }
}
