namespace NewsBot.Ingestion.Files;

/// <summary>A decoded article file handed to a reader.</summary>
/// <param name="Path">The path as reported to the operator and stored as the article's location.</param>
/// <param name="RelativePath">The path relative to the source folder, with '/' separators: stable across machines, used for ids.</param>
/// <param name="Text">The file's text: BOM stripped, line endings normalised to \n.</param>
internal sealed record ArticleFile(string Path, string RelativePath, string Text);
