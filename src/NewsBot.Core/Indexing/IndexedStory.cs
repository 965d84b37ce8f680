namespace NewsBot.Core.Indexing;

/// <summary>An indexed story that a newly read article turned out to duplicate.</summary>
/// <param name="ArticleId">The indexed article's id.</param>
/// <param name="Title">Its headline, to name it in a report.</param>
/// <param name="Credit">Who it is credited to.</param>
public sealed record IndexedStory(string ArticleId, string Title, StoryCredit Credit);
