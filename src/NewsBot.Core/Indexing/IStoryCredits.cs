namespace NewsBot.Core.Indexing;

/// <summary>
/// Who indexed stories are credited to: read by a refresh (does another source carry this story already?). Front ends
/// need no look-up: a citation names its source (<see cref="Answers.Citation.Source"/>).
/// </summary>
public interface IStoryCredits
{
    /// <summary>
    /// For each of <paramref name="articleIds"/> that is indexed, who the story is credited to; ids not in the index are
    /// absent from the result.
    /// </summary>
    Task<IReadOnlyDictionary<string, StoryCredit>> GetCreditsAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken);
}
