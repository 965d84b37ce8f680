using NewsBot.Core.Answers;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Recent;

/// <summary>A dated event stated inside an article, shown with the sentence that states it.</summary>
/// <param name="Date">The day of the event.</param>
/// <param name="Sentence">The stating sentence, verbatim.</param>
/// <param name="Span">Where that sentence stands in the article text.</param>
/// <param name="Citation">The article.</param>
public sealed record NewsEvent(DateOnly Date, string Sentence, TextSpan Span, Citation Citation);
