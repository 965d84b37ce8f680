using NewsBot.Bot.Rendering;
using NewsBot.Bot.Tests.Fakes;

namespace NewsBot.Bot.Tests.Rendering;

public sealed class CitationMarkupTests
{
    [Fact]
    public void A_story_without_an_outlet_is_worded_as_the_command_line_and_sources_word_it()
    {
        var citation = Sample.Citation(1, "Mayor meets president", outlet: null);

        // Escaped like every outlet (Discord shows "(no outlet)").
        Assert.Equal(@"\(no outlet\)", CitationMarkup.Outlets(citation));
    }

    [Fact]
    public void An_address_with_a_user_info_part_is_not_made_a_link()
    {
        var citation = Sample.Citation(1, "Mayor meets president", url: "https://trusted.example@evil.example/news");

        Assert.Null(CitationMarkup.SafeUrl(citation.Url));
        Assert.Equal("Mayor meets president", CitationMarkup.Headline(citation));
    }

    [Fact]
    public void A_host_with_non_ascii_look_alike_letters_is_linked_in_punycode()
    {
        // The first letter is a Cyrillic "е", which looks like the Latin "e" of example.com.
        var url = CitationMarkup.SafeUrl("https://\u0435xample.com/news/1");

        Assert.NotNull(url);
        Assert.StartsWith("https://xn--", url, StringComparison.Ordinal);
        Assert.All(url, character => Assert.True(char.IsAscii(character)));
    }

    [Fact]
    public void Invisible_direction_controls_in_a_headline_are_dropped()
    {
        var citation = Sample.Citation(1, "Mayor \u202Etnediserp\u202C meets\u200B president");

        var line = CitationMarkup.Line(citation);

        Assert.StartsWith("[Mayor tnediserp meets president](https://example.com/news/1)", line, StringComparison.Ordinal);
    }
}
