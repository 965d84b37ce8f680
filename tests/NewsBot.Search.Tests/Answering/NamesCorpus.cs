using NewsBot.Core.Articles;
using NewsBot.Testing.Articles;

namespace NewsBot.Search.Tests.Answering;

/// <summary>
/// A small corpus written for the key-term tests: names with accents, names one typo from others, a common word one
/// edit from a short absent name ("miles" beside "Milei"), and plain stories a question about an absent name also matches.
/// </summary>
internal static class NamesCorpus
{
    public static readonly AnalyzedArticle Shipyard = TestArticleBuilder.Article(
            "shipyard",
            "Lech Wałęsa spoke to workers at the shipyard in Gdańsk on Monday. Wałęsa said the strike of 1980 changed Europe.")
        .Titled("Wałęsa returns to the shipyard").From("Baltic Herald").Published(At(2024, 3, 4)).Build();

    public static readonly AnalyzedArticle Hoverboard = TestArticleBuilder.Article(
            "hoverboard",
            "Inventor Franky Zapata crossed the English Channel on a jet-powered hoverboard. Franky Zapata landed near Dover after twenty minutes.")
        .Titled("Hoverboard crosses the Channel").From("Channel News").Published(At(2024, 3, 8)).Build();

    public static readonly AnalyzedArticle RentFreeze = TestArticleBuilder.Article(
            "rent-freeze",
            "The city council voted to freeze rents for tenants in older buildings. Tenant groups said the rent freeze came too late.")
        .Titled("Council freezes rents").From("Baltic Herald").Published(At(2024, 3, 10)).Build();

    public static readonly AnalyzedArticle March = TestArticleBuilder.Article(
            "march",
            "Farmers marched twelve miles to the capital to protest fuel prices. The march ended at parliament.")
        .Titled("Farmers march on the capital").From("Channel News").Published(At(2024, 3, 12)).Build();

    public static readonly AnalyzedArticle Tram = TestArticleBuilder.Article(
            "tram",
            "Deputy mayor Piotr Kaczmarczyk opened the new tram line to the airport. Kaczmarczyk rode the first tram himself.")
        .Titled("Airport tram opens").From("Baltic Herald").Published(At(2024, 3, 14)).Build();

    public static AnalyzedArticle[] All => [Shipyard, Hoverboard, RentFreeze, March, Tram];

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 9, 0, 0, TimeSpan.Zero);
}
