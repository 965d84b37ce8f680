namespace NewsBot.Core.Indexing;

/// <summary>
/// Who indexed stories are credited to: read by a refresh (does another source carry this story already?) and by the
/// front ends (whose label a citation gets).
/// </summary>
public interface IStoryCredits
{
    /// <summary>
    /// For each of <paramref name="articleIds"/> that is indexed, who the story is credited to; ids not in the index are
    /// absent from the result.
    /// </summary>
    Task<IReadOnlyDictionary<string, StoryCredit>> GetCreditsAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken);
}
