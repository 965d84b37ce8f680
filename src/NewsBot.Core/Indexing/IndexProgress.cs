namespace NewsBot.Core.Indexing;

/// <summary>Progress of a long index operation, for progress bars and Discord status edits.</summary>
/// <param name="Stage">What is happening, in a few words ("reading samples", "indexing", "swapping").</param>
/// <param name="Done">Units finished.</param>
/// <param name="Total">Units in all, when known.</param>
public sealed record IndexProgress(string Stage, int Done, int? Total);
