using NewsBot.Bot.Tests.Fakes;

namespace NewsBot.Bot.Tests.Handlers;

public sealed class AutocompleteHandlerTests
{
    [Fact]
    public async Task Source_suggestions_are_indexed_outlets_matching_what_was_typed()
    {
        var bot = new BotUnderTest();

        await bot.HandleAsync(Requests.Autocomplete("ask", "source", "news"));

        var choices = bot.Chat.Single("suggest").Suggestions!;
        Assert.Equal(["Newsmax (4)", "AP News (1)"], choices.Select(choice => choice.Name));
        Assert.Equal("Newsmax", choices[0].Value);
    }

    [Fact]
    public void The_index_placeholder_for_articles_without_an_outlet_is_not_offered()
    {
        var stats = new NewsBot.Core.Indexing.IndexStats(3, 3, null, null, null,
            [new("(no outlet)", 2, null, null), new("Reuters", 1, null, null)]);

        var choices = NewsBot.Bot.Handlers.AutocompleteHandler.Suggest(stats, string.Empty);

        Assert.Equal(["Reuters"], choices.Select(choice => choice.Value));
    }

    [Fact]
    public async Task Nothing_typed_suggests_the_largest_outlets_first()
    {
        var bot = new BotUnderTest();

        await bot.HandleAsync(Requests.Autocomplete("recent", "source", string.Empty));

        var choices = bot.Chat.Single("suggest").Suggestions!;
        Assert.Equal("Reuters (7)", choices[0].Name);
        Assert.Equal(3, choices.Count);
    }
}
