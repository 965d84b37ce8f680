namespace NewsBot.Search.Answering;

/// <summary>A token with its character offsets in the analyzed text and its position.</summary>
internal readonly record struct AnalyzedToken(string Text, int Start, int End, int Position);
