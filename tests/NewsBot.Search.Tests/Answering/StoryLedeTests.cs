using NewsBot.Search.Answering;
using NewsBot.Testing.Articles;

namespace NewsBot.Search.Tests.Answering;

/// <summary>A question asking what happened about a topic is answered by the lede of the story about it.</summary>
public sealed class StoryLedeTests : IDisposable
{
    private const string FireStory =
        "A fire broke out yesterday at Glanmor, a former country hotel near Aberdyfi, killing one man. " +
        "Crews from three stations fought the blaze for six hours.\n\n" +
        "Glanmor Hall was built in 1873 and was a country retreat before it became a hotel. " +
        "It had stood empty since the owners closed it in 2009.";

    private static readonly DateTimeOffset March14 = new(2024, 3, 14, 9, 0, 0, TimeSpan.Zero);

    private readonly SearchHarness _harness = new();

    [Theory]
    [InlineData("Glanmor Hall")]
    [InlineData("What happened at Glanmor Hall?")]
    [InlineData("what happened at glanmor hall in march 2024")]
    public async Task A_story_whose_first_sentence_names_the_topic_is_quoted_by_it(string question)
    {
        await IndexAsync("hall-fire", FireStory, "Fire at historic Glanmor Hall kills one", March14);

        var answer = await _harness.AskAsync(question);

        Assert.Equal("A fire broke out yesterday at Glanmor, a former country hotel near Aberdyfi, killing one man.", answer.Articles[0].Quotes[0].Text);
    }

    [Fact]
    public async Task A_question_for_a_detail_is_still_quoted_by_the_sentence_that_holds_it()
    {
        await IndexAsync("hall-fire", FireStory, "Fire at historic Glanmor Hall kills one", March14);

        var answer = await _harness.AskAsync("When was Glanmor Hall built?");

        Assert.StartsWith("Glanmor Hall was built in 1873", answer.Articles[0].Quotes[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_story_whose_first_sentence_does_not_name_the_topic_keeps_the_sentence_that_does_even_under_a_headline_naming_it()
    {
        await IndexAsync(
            "candidate-lang",
            "On October 14, voters will be heading to the polls for the federal election. Wikinews is interviewing the candidates.\n\n" +
            "Liberal candidate Andrew Lang is standing for election in the riding of Danforth.",
            "Federal election: Liberal candidate Andrew Lang",
            March14);

        var answer = await _harness.AskAsync("Andrew Lang");

        Assert.Equal("Liberal candidate Andrew Lang is standing for election in the riding of Danforth.", answer.Articles[0].Quotes[0].Text);
    }

    [Fact]
    public async Task A_story_that_only_mentions_the_topic_keeps_the_sentence_that_mentions_it()
    {
        await IndexAsync(
            "coast-tourism",
            "Visitor numbers on the Welsh coast rose by a tenth last summer, the tourism board said. Hotels reported their best August in a decade.\n\n" +
            "Several landmarks drew crowds, among them Glanmor Hall, whose gardens reopened in June.",
            "Welsh coast tourism rises",
            March14);

        var answer = await _harness.AskAsync("Glanmor Hall");

        Assert.StartsWith("Several landmarks drew crowds", answer.Articles[0].Quotes[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("white phosphorus", true)]
    [InlineData("Murdoch divorce", true)]
    [InlineData("What happened at the harbour in May 2010?", true)]
    [InlineData("what's going on with the transit budget", true)]
    [InlineData("tell me about the levy", true)]
    [InlineData("Who won the runoff?", false)]
    [InlineData("Why did the mayor resign?", false)]
    [InlineData("How many people were injured?", false)]
    [InlineData("What did the president say about tariffs?", false)]
    [InlineData("What is the new speed limit?", false)]
    [InlineData("is the levy passed", false)]
    public void Only_a_bare_topic_or_what_happened_asks_for_the_story(string question, bool asks) =>
        Assert.Equal(asks, QuestionKinds.AsksWhatHappened(question, QuestionKinds.Detect(question).Kind));

    public void Dispose() => _harness.Dispose();

    // One dated article, two sentences a passage, so the lede and the sentence naming the topic are different passages.
    private Task IndexAsync(string id, string text, string title, DateTimeOffset published) =>
        _harness.ReplaceAllAsync(TestArticleBuilder.Article(id, text).Titled(title).Published(published).SentencesPerPassage(2).Build());
}
