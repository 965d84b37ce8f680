namespace NewsBot.Search.Answering;

/// <summary>Whether a question names a period, and whether an article's publication falls in it.</summary>
internal static class DateFit
{
    public static (bool Asked, bool Inside) Of(ParsedQuestion question, DateTimeOffset? published)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (question.Dates is not { } period)
        {
            return (false, false);
        }

        return (true, published is { } date && period.Contains(date));
    }
}
