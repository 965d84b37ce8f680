namespace NewsBot.Ingestion.Text;

/// <summary>What <see cref="ReadableHtml.Extract"/> found.</summary>
/// <param name="Text">Paragraphs separated by blank lines; empty when there is none.</param>
/// <param name="IsArticle">Whether Readability recognised an article (else the text is the page body's).</param>
/// <param name="Problem">Why there is no text, when there is none.</param>
internal sealed record ReadableText(string Text, bool IsArticle, string? Problem);
