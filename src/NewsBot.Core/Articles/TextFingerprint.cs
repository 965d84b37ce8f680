namespace NewsBot.Core.Articles;

/// <summary>
/// What recognising a copy of an article needs of its text, worked out once per article (normalising a text is the
/// costly part) and carried from the deduplicator to the analyser instead of being worked out again.
/// </summary>
/// <param name="ContentHash">Hash of the normalised text.</param>
/// <param name="Sketch">Sketch of the normalised text's wording; null for texts too short to tell by.</param>
public sealed record TextFingerprint(string ContentHash, TextSketch? Sketch);
