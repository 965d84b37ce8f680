using NewsBot.Core.Answers;

namespace NewsBot.Core.Tests.Answers;

public sealed class NotFoundSentencesTests
{
    private static readonly DateTimeOffset Newest = new(2021, 3, 5, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Each_front_end_gets_the_same_sentences_with_its_own_way_of_showing_options_and_words()
    {
        var details = new NotFoundDetails(["Sunak"], ["Sunk"], Newest, null, new EmptyFilter(AskFilter.Days, "7", []));

        var (reasons, coverage) = NotFoundSentences.Explain(details, new Bracketed());

        Assert.Equal(
            [
                "No indexed article mentions \u201C[Sunak]\u201D. Did you mean \u201C[Sunk]\u201D?",
                "<Days 7> reaches back less far than the newest article (5 Mar 2021); no article is that recent.",
            ],
            reasons);
        Assert.Equal("The index holds articles up to 5 Mar 2021.", coverage);
    }

    [Fact]
    public void An_outlet_filter_lists_the_indexed_outlets_as_the_front_end_shows_them()
    {
        var details = new NotFoundDetails([], [], null, null, new EmptyFilter(AskFilter.Outlet, "Nowhere", ["AP", "Reuters"]));

        var (reasons, coverage) = NotFoundSentences.Explain(details, new Bracketed());

        Assert.Equal(["<Outlet Nowhere> is not an indexed outlet; indexed: {AP|Reuters}."], reasons);
        Assert.Null(coverage);
    }

    private sealed class Bracketed : INotFoundStyle
    {
        public string Word(string word) => $"[{word}]";

        public string Option(AskFilter filter, string asked) => $"<{filter} {asked}>";

        public string Outlets(IReadOnlyList<string> outlets) => "{" + string.Join("|", outlets) + "}";
    }
}
