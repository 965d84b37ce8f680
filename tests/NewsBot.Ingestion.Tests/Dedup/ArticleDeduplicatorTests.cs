using NewsBot.Core.Articles;
using NewsBot.Ingestion.Dedup;

namespace NewsBot.Ingestion.Tests.Dedup;

public sealed class ArticleDeduplicatorTests
{
    private readonly ArticleDeduplicator _deduplicator = new();

    private static Article Make(string location, string text, string? url = null, string? outlet = null) =>
        new(location, "Title", text, outlet, url, null, null, "test", location);

    [Fact]
    public void Same_url_with_tracking_parameters_is_kept_once_and_the_other_outlet_credited()
    {
        var first = Make("a.json", "The first telling of the story.", "https://news.example/story", "Outlet A");
        var second = Make("b.json", "A rewritten telling of the same story.", "https://NEWS.example/story/?utm_source=rss&fbclid=1#top", "Outlet B");

        var result = _deduplicator.Deduplicate([first, second]);

        var kept = Assert.Single(result.Kept);
        Assert.Equal("a.json", kept.Location);
        Assert.Equal(["Outlet B"], kept.AlsoCarriedBy);
        var dropped = Assert.Single(result.Duplicates);
        Assert.Equal("b.json", dropped.Location);
        Assert.Equal("duplicate of 'Title' at a.json (same url)", dropped.Reason);
    }

    [Fact]
    public void A_dropped_copy_names_the_title_of_the_article_kept_in_its_place()
    {
        var first = Make("corpus.jsonl:12", "The first telling of the story.", "https://news.example/story") with { Title = "Council passes the budget" };
        var second = Make("corpus.jsonl:40", "The same story, told again.", "https://news.example/story") with { Title = "Budget vote: what changes" };

        var result = _deduplicator.Deduplicate([first, second]);

        Assert.Equal("duplicate of 'Council passes the budget' at corpus.jsonl:12 (same url)", Assert.Single(result.Duplicates).Reason);
    }

    [Fact]
    public void Same_text_with_different_white_space_quotes_and_case_is_kept_once()
    {
        var first = Make("a.txt", "Trump said they would “work together.”\nMamdani agreed.", outlet: "Outlet A");
        var second = Make("b.txt", "  trump said they would \"work   together.\" Mamdani agreed.\n\n", outlet: "Outlet A");

        var result = _deduplicator.Deduplicate([first, second]);

        Assert.Equal([first], result.Kept);
        Assert.Equal("duplicate of 'Title' at a.txt (same text)", Assert.Single(result.Duplicates).Reason);
    }

    [Fact]
    public void Articles_with_the_same_id_are_kept_once()
    {
        var first = new Article("shared-id", "T", "One text.", "A", null, null, null, "s", "a.json");
        var second = new Article("shared-id", "T", "Another text.", "A", null, null, null, "s", "b.json");

        var result = _deduplicator.Deduplicate([first, second]);

        Assert.Equal([first], result.Kept);
        Assert.Equal("duplicate of 'T' at a.json (same id)", Assert.Single(result.Duplicates).Reason);
    }

    [Fact]
    public void Different_stories_are_all_kept_in_order()
    {
        var articles = new[] { Make("a", "One story."), Make("b", "Another story."), Make("c", "A third story.", "https://x.example/c") };

        var result = _deduplicator.Deduplicate(articles);

        Assert.Equal(articles, result.Kept);
        Assert.Empty(result.Duplicates);
    }

    [Fact]
    public void A_copy_matching_only_a_dropped_duplicate_is_still_traced_to_the_kept_article()
    {
        var first = Make("a", "Shared text.", "https://x.example/1", "A");
        var second = Make("b", "Shared text.", "https://x.example/2", "B");
        var third = Make("c", "Different wording.", "https://x.example/2", "C");

        var result = _deduplicator.Deduplicate([first, second, third]);

        var kept = Assert.Single(result.Kept);
        Assert.Equal(["B", "C"], kept.AlsoCarriedBy);
        Assert.Equal(["duplicate of 'Title' at a (same text)", "duplicate of 'Title' at a (same url)"], result.Duplicates.Select(d => d.Reason));
    }

    private const string WireCopy =
        "The city council voted on Tuesday to approve a new budget that raises spending on public transit by twelve percent. " +
        "Council members debated the plan for more than four hours before the final vote, which passed eight to three. " +
        "The mayor said the money would pay for more frequent buses on the busiest routes and for repairs to aging stations. " +
        "Opponents argued that the city should first audit the transit agency, which has run over budget for three years in a row. " +
        "The budget takes effect in January, and the first new bus routes are expected to start running in the spring. " +
        "Schools will also receive a larger share of the general fund, mostly for building repairs and for hiring counselors. " +
        "Property taxes stay at last year's rate, but fees for parking permits and building inspections will rise modestly. " +
        "A separate measure to expand the city's bike lanes was postponed until the council's next session in February. " +
        "Several residents spoke during the public comment period, most of them in favor of the transit spending.";

    [Fact]
    public void Wire_copy_run_by_two_outlets_with_a_small_edit_is_kept_once_and_both_credited()
    {
        var first = Make("a.json", WireCopy, "https://a.example/budget", "Outlet A");
        var edited = WireCopy.Replace("The mayor said", "Mayor Jane Doe said", StringComparison.Ordinal) + " Reporting by the wire service.";
        var second = Make("b.json", edited, "https://b.example/council-budget", "Outlet B");

        var result = _deduplicator.Deduplicate([first, second]);

        var kept = Assert.Single(result.Kept);
        Assert.Equal("a.json", kept.Location);
        Assert.Equal(["Outlet B"], kept.AlsoCarriedBy);
        Assert.Equal("duplicate of 'Title' at a.json (near-identical text)", Assert.Single(result.Duplicates).Reason);
    }

    [Fact]
    public void Boilerplate_texts_whose_headlines_name_different_people_are_both_kept()
    {
        var first = Make("a.json", WireCopy, "https://a.example/appointed-smith", "Outlet A") with { Title = "Council appoints Jane Smith to the transit board" };
        var second = Make("b.json", WireCopy + " Reporting by the wire service.", "https://a.example/appointed-haddad", "Outlet A") with { Title = "Council appoints Omar Haddad to the transit board" };
        var sameStory = Make("c.json", WireCopy + " Additional reporting.", "https://c.example/smith", "Outlet C") with { Title = "Jane Smith joins the transit board" };

        var result = _deduplicator.Deduplicate([first, second, sameStory]);

        Assert.Equal([first, second], result.Kept.Select(article => article with { AlsoCarriedBy = [] }));
        Assert.Equal("c.json", Assert.Single(result.Duplicates).Location);
    }

    [Fact]
    public void Stories_sharing_a_paragraph_but_not_their_wording_are_both_kept()
    {
        var first = Make("a.json", WireCopy, "https://a.example/budget", "Outlet A");
        var second = Make(
            "b.json",
            "Riders at the central station gave mixed reviews of the plan on Wednesday, and several said delays had grown worse all year. " +
            "Transit advocates welcomed the extra buses but asked for a public timetable for the station repairs and a vote on fares. " +
            WireCopy[..WireCopy.IndexOf(" Opponents", StringComparison.Ordinal)],
            "https://b.example/riders",
            "Outlet B");

        var result = _deduplicator.Deduplicate([first, second]);

        Assert.Equal([first, second], result.Kept);
        Assert.Empty(result.Duplicates);
    }

    [Fact]
    public void Short_texts_that_differ_are_never_called_near_identical()
    {
        var first = Make("a.json", "The senator will speak at noon on Monday about the farm bill.", outlet: "Outlet A");
        var second = Make("b.json", "The senator will speak at noon on Tuesday about the farm bill.", outlet: "Outlet B");

        var result = _deduplicator.Deduplicate([first, second]);

        Assert.Equal(2, result.Kept.Count);
    }

    [Fact]
    public void The_kept_articles_fingerprints_come_back_in_order_and_analysis_reuses_them_to_the_same_result()
    {
        var words = string.Join(' ', Enumerable.Range(0, 60).Select(i => "word" + i));
        var articles = new[] { Make("a", "One story. " + words), Make("b", "one story. " + words), Make("c", "Another story entirely.") };
        var analyzer = new NewsBot.Ingestion.Analysis.ArticleAnalyzer(
            new NewsBot.Ingestion.Text.SentenceSplitter(),
            new NewsBot.Ingestion.Analysis.PassageBuilder(new NewsBot.Ingestion.Analysis.PassageOptions()),
            new NewsBot.Ingestion.Dates.StatedDateExtractor(new NewsBot.Ingestion.Text.SentenceSplitter()));

        var result = _deduplicator.Deduplicate(articles);

        Assert.Equal(result.Kept.Count, result.KeptFingerprints.Count);
        for (var i = 0; i < result.Kept.Count; i++)
        {
            var reused = analyzer.Analyze(result.Kept[i], result.KeptFingerprints[i]);
            var fresh = analyzer.Analyze(result.Kept[i]);
            Assert.Equal(fresh.ContentHash, reused.ContentHash);
            Assert.Equal(fresh.Sketch?.Smallest, reused.Sketch?.Smallest);
        }
    }
}
