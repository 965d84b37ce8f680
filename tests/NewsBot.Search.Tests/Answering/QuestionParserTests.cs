using NewsBot.Search.Answering;

namespace NewsBot.Search.Tests.Answering;

public sealed class QuestionParserTests
{
    private readonly QuestionParser _parser = new();

    [Fact]
    public void A_capitalised_name_weighs_the_same_as_any_other_content_word()
    {
        var parsed = _parser.Parse("Did Governor Hochul sign the climate bill?", SearchHarness.Now, useDates: false);

        var content = parsed.Terms.Where(term => term.Weight >= 1).ToList();
        Assert.Equal(["bill", "climat", "governor", "hochul", "sign"], content.Select(term => term.Stem).Order());
        Assert.All(content, term => Assert.Equal(1.0, term.Weight));
    }

    [Fact]
    public void Question_words_weigh_less_than_content_words()
    {
        var parsed = _parser.Parse("What did the mayor say?", SearchHarness.Now, useDates: false);

        Assert.Equal(1.0, parsed.Terms.Single(term => term.Stem == "mayor").Weight);
        Assert.All(parsed.Terms.Where(term => term.Stem != "mayor"), term => Assert.True(term.Weight < 1));
    }
}
