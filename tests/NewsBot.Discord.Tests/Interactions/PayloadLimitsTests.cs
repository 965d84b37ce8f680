using NewsBot.Discord.Interactions;

namespace NewsBot.Discord.Tests.Interactions;

public sealed class PayloadLimitsTests
{
    private static Button Click(string id) => Button.Action("Go", id);

    public static TheoryData<string, MessagePayload> OversizedMessages => new()
    {
        { nameof(DiscordLimits.MessageContent), new MessagePayload { Content = new string('a', 2001) } },
        { nameof(DiscordLimits.EmbedsPerMessage), new MessagePayload { Embeds = Enumerable.Repeat(new Embed { Title = "t" }, 11).ToList() } },
        { nameof(DiscordLimits.EmbedTitle), new MessagePayload { Embeds = [new Embed { Title = new string('a', 257) }] } },
        { nameof(DiscordLimits.EmbedDescription), new MessagePayload { Embeds = [new Embed { Description = new string('a', 4097) }] } },
        { nameof(DiscordLimits.EmbedFields), new MessagePayload { Embeds = [new Embed { Fields = Enumerable.Repeat(new EmbedField("n", "v"), 26).ToList() }] } },
        { nameof(DiscordLimits.EmbedFieldName), new MessagePayload { Embeds = [new Embed { Fields = [new EmbedField(new string('a', 257), "v")] }] } },
        { nameof(DiscordLimits.EmbedFieldValue), new MessagePayload { Embeds = [new Embed { Fields = [new EmbedField("n", new string('a', 1025))] }] } },
        { nameof(DiscordLimits.EmbedFooterText), new MessagePayload { Embeds = [new Embed { Footer = new EmbedFooter(new string('a', 2049)) }] } },
        { nameof(DiscordLimits.EmbedAuthorName), new MessagePayload { Embeds = [new Embed { Author = new EmbedAuthor(new string('a', 257)) }] } },
        { nameof(DiscordLimits.EmbedTotalCharacters), new MessagePayload { Embeds = Enumerable.Repeat(new Embed { Description = new string('a', 4000) }, 2).ToList() } },
        { nameof(DiscordLimits.ActionRows), new MessagePayload { Components = Enumerable.Range(0, 6).Select(i => new ActionRow(Click($"r{i}"))).ToList() } },
        { nameof(DiscordLimits.ButtonsPerRow), new MessagePayload { Components = [new ActionRow(Enumerable.Range(0, 6).Select(i => Click($"b{i}")).ToArray())] } },
        { nameof(DiscordLimits.CustomIdMax), new MessagePayload { Components = [new ActionRow(Click(new string('a', 101)))] } },
        { nameof(DiscordLimits.CustomIdMax), new MessagePayload { Components = [new ActionRow(new Button { Style = ButtonStyle.Primary, Label = "no id" })] } },
        { nameof(DiscordLimits.ButtonLabel), new MessagePayload { Components = [new ActionRow(Button.Action(new string('a', 81), "id"))] } },
        { "link button", new MessagePayload { Components = [new ActionRow(new Button { Style = ButtonStyle.Link, Label = "no url" })] } },
    };

    [Theory]
    [MemberData(nameof(OversizedMessages))]
    public void Message_over_a_limit_is_refused_naming_that_limit(string limit, MessagePayload message)
    {
        var error = Assert.Throws<DiscordLimitException>(() => PayloadLimits.Check(message));

        Assert.Equal(limit, error.Limit);
        Assert.Contains(limit, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Message_exactly_at_every_limit_passes()
    {
        var embed = new Embed
        {
            Title = new string('t', 256),
            Description = new string('d', 1000),
            Fields = [new EmbedField(new string('n', 256), new string('v', 1024))],
            Footer = new EmbedFooter(new string('f', 2048)),
            Author = new EmbedAuthor(new string('a', 256)),
        };
        var message = new MessagePayload
        {
            Content = new string('c', 2000),
            Embeds = [embed, new Embed { Description = new string('d', 1160) }], // 4840 + 1160 = 6000 across embeds
            Components = Enumerable.Range(0, 5).Select(r => new ActionRow(Enumerable.Range(0, 5).Select(b => Button.Action(new string('l', 80), $"{r}:{b}")).ToArray())).ToList(),
        };

        PayloadLimits.Check(message);
    }

    [Fact]
    public void Whitespace_around_text_does_not_count_as_Discord_trims_it()
    {
        PayloadLimits.Check(new MessagePayload { Content = "  " + new string('a', 2000) + "\n\n" });
    }

    public static TheoryData<string, ApplicationCommand> BadCommands => new()
    {
        { nameof(DiscordLimits.CommandNamePattern), new ApplicationCommand { Name = "Ask", Description = "d" } },
        { nameof(DiscordLimits.CommandNamePattern), new ApplicationCommand { Name = "ask me", Description = "d" } },
        { nameof(DiscordLimits.CommandName), new ApplicationCommand { Name = new string('a', 33), Description = "d" } },
        { nameof(DiscordLimits.CommandDescription), new ApplicationCommand { Name = "ask", Description = new string('d', 101) } },
        { nameof(DiscordLimits.CommandDescription), new ApplicationCommand { Name = "ask", Description = string.Empty } },
        { nameof(DiscordLimits.CommandOptions), new ApplicationCommand { Name = "ask", Description = "d", Options = Enumerable.Range(0, 26).Select(i => StringOption($"o{i}")).ToList() } },
        {
            nameof(DiscordLimits.OptionChoices),
            new ApplicationCommand { Name = "ask", Description = "d", Options = [StringOption("o") with { Choices = Enumerable.Range(0, 26).Select(i => CommandOptionChoice.String($"c{i}", $"{i}")).ToList() }] }
        },
        {
            "autocomplete excludes choices",
            new ApplicationCommand { Name = "ask", Description = "d", Options = [StringOption("o") with { Autocomplete = true, Choices = [CommandOptionChoice.String("a", "a")] }] }
        },
    };

    [Theory]
    [MemberData(nameof(BadCommands))]
    public void Command_breaking_a_rule_is_refused_naming_the_rule(string limit, ApplicationCommand command)
    {
        var error = Assert.Throws<DiscordLimitException>(() => PayloadLimits.Check([command]));

        Assert.Equal(limit, error.Limit);
    }

    [Fact]
    public void Command_names_in_other_scripts_are_allowed()
    {
        PayloadLimits.Check([new ApplicationCommand { Name = "पूछो", Description = "Hindi" }, new ApplicationCommand { Name = "ถาม", Description = "Thai" }, new ApplicationCommand { Name = "frag-mich_2", Description = "d" }]);
    }

    [Fact]
    public void User_commands_need_no_description()
    {
        PayloadLimits.Check([new ApplicationCommand { Name = "Quote this", Type = ApplicationCommandType.Message }]);
    }

    [Fact]
    public void Autocomplete_result_over_25_choices_is_refused()
    {
        var response = InteractionResponse.Autocomplete(Enumerable.Range(0, 26).Select(i => CommandOptionChoice.Integer($"{i}", i)).ToList());

        var error = Assert.Throws<DiscordLimitException>(() => PayloadLimits.Check(response));

        Assert.Equal(nameof(DiscordLimits.AutocompleteChoices), error.Limit);
        Assert.Equal("data.choices", error.Path);
    }

    private static ApplicationCommandOption StringOption(string name)
        => new() { Type = ApplicationCommandOptionType.String, Name = name, Description = "d" };
}
