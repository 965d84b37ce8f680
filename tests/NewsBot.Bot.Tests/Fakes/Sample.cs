using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Core.Recent;

namespace NewsBot.Bot.Tests.Fakes;

/// <summary>Answers and articles for bot tests, built from readable pieces.</summary>
internal static class Sample
{
    public static readonly DateTimeOffset Published = new(2025, 11, 21, 15, 0, 0, TimeSpan.Zero);

    public static Citation Citation(int number, string? title = null, string? outlet = "Reuters", string? url = null)
        => new($"article-{number}", title ?? $"Headline number {number}", outlet, Published, url ?? $"https://example.com/news/{number}");

    /// <summary>A quote whose words given in <paramref name="bold"/> are highlighted (each first occurrence).</summary>
    public static Quote Quote(string text, params string[] bold)
        => new(text, new TextSpan(0, text.Length), [.. bold.Select(word => new TextSpan(text.IndexOf(word, StringComparison.Ordinal), word.Length))], 1.0);

    /// <summary>A found answer with <paramref name="groups"/> article groups of one quote each.</summary>
    public static Answer Found(int groups, string question = "What did they agree on?")
        => new(
            AnswerOutcome.Found,
            question,
            [.. Enumerable.Range(1, groups).Select(n => new ArticleQuotes(Citation(n), [Quote($"Quote {n}: the two would work together where possible.", "work together")]))],
            []);

    public static Answer Found(params ArticleQuotes[] groups) => new(AnswerOutcome.Found, "question", groups, []);

    public static RecentArticle Recent(int number, DateTimeOffset? published = null)
        => new(Citation(number) with { Published = published ?? Published.AddDays(-number) }, $"Lede {number}.");
}
