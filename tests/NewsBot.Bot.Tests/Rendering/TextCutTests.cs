using NewsBot.Bot.Rendering;

namespace NewsBot.Bot.Tests.Rendering;

public sealed class TextCutTests
{
    [Fact]
    public void Text_that_fits_is_kept_as_it_is()
        => Assert.Equal("short text", TextCut.AtWord("short text", 10));

    [Fact]
    public void Long_text_is_cut_after_a_whole_word_with_an_ellipsis()
    {
        var cut = TextCut.AtWord("The mayor-elect met the president at the White House", 25);

        Assert.Equal("The mayor-elect met the\u2026", cut);
        Assert.True(cut.Length <= 25);
    }

    [Fact]
    public void A_word_longer_than_the_limit_is_cut_inside_it()
    {
        var cut = TextCut.AtWord(new string('x', 50), 10);

        Assert.Equal(new string('x', 9) + "\u2026", cut);
    }

    [Fact]
    public void Escaped_text_never_exceeds_the_limit_even_when_escaping_lengthens_it()
    {
        var text = string.Concat(Enumerable.Repeat("**@everyone** ", 40));

        var escaped = TextCut.Escaped(text, 100);

        Assert.True(escaped.Length <= 100, $"{escaped.Length} characters");
        Assert.DoesNotContain("@everyone", escaped, StringComparison.Ordinal);
        Assert.DoesNotContain("**", escaped, StringComparison.Ordinal);
        Assert.EndsWith("\u2026", escaped, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_breaks_become_spaces()
        => Assert.Equal("one two  three", TextCut.Flatten("one\ntwo\r\nthree"));
}
