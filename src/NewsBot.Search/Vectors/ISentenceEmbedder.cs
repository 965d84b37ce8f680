namespace NewsBot.Search.Vectors;

/// <summary>
/// Turns text into a unit-length vector whose dot product with another says how alike their meanings are. Sentences
/// of articles and questions are embedded differently where the model asks for it (a retrieval model prefixes queries).
/// </summary>
public interface ISentenceEmbedder
{
    /// <summary>A name for the model and its settings; vectors made under another name are never mixed with these.</summary>
    string ModelName { get; }

    /// <summary>The length of every vector.</summary>
    int Dimensions { get; }

    /// <summary>The vector of one sentence of an article.</summary>
    float[] EmbedSentence(string sentence, CancellationToken cancellationToken);

    /// <summary>Reads a sentence of an article for <see cref="EmbedPrepared"/>; by default its text and its length in characters.</summary>
    PreparedSentence Prepare(string sentence) => new(sentence, sentence.Length);

    /// <summary>
    /// The vectors of prepared sentences, in their order, equal to <see cref="EmbedSentence"/>'s for each; an embedder
    /// that can encodes them as one batch, so callers group sentences of like <see cref="PreparedSentence.Length"/>.
    /// </summary>
    float[][] EmbedPrepared(IReadOnlyList<PreparedSentence> sentences, CancellationToken cancellationToken) =>
        [.. sentences.Select(sentence => EmbedSentence(sentence.Text, cancellationToken))];

    /// <summary>The vector of a question, to compare with sentence vectors.</summary>
    float[] EmbedQuestion(string question, CancellationToken cancellationToken);

    /// <summary>Starts making the embedder ready (loading its model) in the background and returns at once; the first text embedded waits for it.</summary>
    void Preload()
    {
    }
}
