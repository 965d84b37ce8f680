namespace NewsBot.Core.Articles;

/// <summary>An article ready to index: its sentences, passages and the dates its text states.</summary>
/// <param name="Article">The article itself.</param>
/// <param name="Sentences">Every sentence of the text, in order.</param>
/// <param name="Passages">The passages built from those sentences.</param>
/// <param name="StatedDates">Dates stated in the text, resolved against the published date.</param>
/// <param name="ContentHash">Hash of the normalised text; a changed hash under the same id means the article was updated.</param>
public sealed record AnalyzedArticle(
    Article Article,
    IReadOnlyList<TextSpan> Sentences,
    IReadOnlyList<Passage> Passages,
    IReadOnlyList<StatedDate> StatedDates,
    string ContentHash)
{
    /// <summary>A sketch of the text's wording, to recognise near-identical copies; null for texts too short to tell by.</summary>
    public TextSketch? Sketch { get; init; }
}
