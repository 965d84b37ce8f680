using NewsBot.Core.Articles;
using NewsBot.Testing.Articles;

namespace NewsBot.Search.Tests.Answering;

/// <summary>A small news corpus over several outlets and dates, written for these tests.</summary>
internal static class NewsCorpus
{
    public static readonly AnalyzedArticle CouncilBudget = TestArticleBuilder.Article(
            "council-budget",
            "The city council approved the new transit budget on Friday. Council members said the budget would expand bus service to the outer boroughs. Critics argued the plan ignored subway repairs.")
        .From("Daily Planet").Published(At(2025, 11, 21)).At("https://planet.example/council-budget").Build();

    public static readonly AnalyzedArticle CouncilBudgetFollowUp = TestArticleBuilder.Article(
            "council-budget-follow-up",
            "Council members defended the transit budget and its bus service expansion. The council said bus service would reach every borough by spring.")
        .From("Daily Planet").Published(At(2025, 11, 21, 18)).Build();

    public static readonly AnalyzedArticle SenateBudget = TestArticleBuilder.Article(
            "senate-budget",
            "Senators debated the transit budget late into the night. Several senators warned that cuts to bus service would hurt commuters.")
        .From("Capitol Report").Published(At(2025, 11, 18)).AlsoCarriedBy("Wire Service").Build();

    public static readonly AnalyzedArticle ClimateBill = TestArticleBuilder.Article(
            "climate-bill",
            "Governor Hochul signed the climate bill into law. The law requires utilities to cut emissions by half before 2035. Environmental groups praised the governor.")
        .From("Metro Times").Published(At(2025, 11, 20)).Build();

    public static readonly AnalyzedArticle HiringFreeze = TestArticleBuilder.Article(
            "hiring-freeze",
            "The mayor announced a hiring freeze at city agencies. The freeze will last until the spring, officials said.")
        .From("Daily Planet").Published(At(2025, 10, 15)).Build();

    public static readonly AnalyzedArticle TaxCuts = TestArticleBuilder.Article(
            "tax-cuts",
            "Republicans in the assembly backed tax cuts for families with young children.")
        .From("Metro Times").Published(At(2025, 11, 10)).Build();

    public static readonly AnalyzedArticle TaxCredit = TestArticleBuilder.Article(
            "tax-credit",
            "Families said the tax credit cuts hurt families. Families asked who backed the cuts to the tax credit for families.")
        .From("Daily Planet").Published(At(2025, 11, 12)).Build();

    public static readonly AnalyzedArticle Undated = TestArticleBuilder.Article(
            "river-flood",
            "Historians recall the great flood of the river valley. The flood destroyed three bridges.")
        .Build();

    public static AnalyzedArticle[] All =>
        [CouncilBudget, CouncilBudgetFollowUp, SenateBudget, ClimateBill, HiringFreeze, TaxCuts, TaxCredit, Undated];

    public static string TextOf(string articleId) => All.Single(article => article.Article.Id == articleId).Article.Text;

    private static DateTimeOffset At(int year, int month, int day, int hour = 9) => new(year, month, day, hour, 0, 0, TimeSpan.Zero);
}
