using NewsBot.Discord.Interactions;
using NewsBot.Tests.Bot.Fakes;

namespace NewsBot.Tests.Bot.Handlers;

public sealed class AutocompleteHandlerTests
{
    [Fact]
    public async Task Source_suggestions_are_indexed_outlets_matching_what_was_typed()
    {
        var bot = new BotUnderTest();

        await bot.HandleAsync(Interactions.Autocomplete("ask", "source", "news"));

        var response = bot.Discord.Single("respond").Response!;
        Assert.Equal(InteractionCallbackType.ApplicationCommandAutocompleteResult, response.Type);
        var choices = ((AutocompleteResult)response.Data!).Choices;
        Assert.Equal(["Newsmax (4)", "AP News (1)"], choices.Select(choice => choice.Name));
        Assert.Equal("Newsmax", choices[0].Value.GetString());
    }

    [Fact]
    public void The_index_placeholder_for_articles_without_an_outlet_is_not_offered()
    {
        var stats = new NewsBot.Core.Indexing.IndexStats(3, 3, null, null, null,
            [new("(no outlet)", 2, null, null), new("Reuters", 1, null, null)]);

        var choices = NewsBot.Bot.Handlers.AutocompleteHandler.Suggest(stats, string.Empty);

        Assert.Equal(["Reuters"], choices.Select(choice => choice.Value.GetString()));
    }

    [Fact]
    public async Task Nothing_typed_suggests_the_largest_outlets_first()
    {
        var bot = new BotUnderTest();

        await bot.HandleAsync(Interactions.Autocomplete("recent", "source", string.Empty));

        var choices = ((AutocompleteResult)bot.Discord.Single("respond").Response!.Data!).Choices;
        Assert.Equal("Reuters (7)", choices[0].Name);
        Assert.Equal(3, choices.Count);
    }
}
