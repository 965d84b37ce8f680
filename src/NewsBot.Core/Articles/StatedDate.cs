namespace NewsBot.Core.Articles;

/// <summary>A calendar date that an article's text states, such as "Nov. 4" or "on Tuesday", resolved to a day.</summary>
/// <param name="Date">The resolved day.</param>
/// <param name="Mention">Where the date expression itself stands in the article text.</param>
/// <param name="Sentence">The sentence that states it, so an event can be shown with its own words.</param>
public sealed record StatedDate(DateOnly Date, TextSpan Mention, TextSpan Sentence);
