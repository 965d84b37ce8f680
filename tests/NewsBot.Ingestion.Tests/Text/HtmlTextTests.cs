using NewsBot.Ingestion.Text;

namespace NewsBot.Ingestion.Tests.Text;

public sealed class HtmlTextTests
{
    [Fact]
    public void Paragraphs_and_list_items_become_paragraphs_and_inline_tags_vanish() =>
        Assert.Equal(
            "The vote was 52–48.\n\nFirst point\n\nSecond point",
            HtmlText.ToPlainText("<p>The vote was <b>52&ndash;48</b>.</p><ul><li>First point</li><li>Second   point</li></ul>"));

    [Fact]
    public void Scripts_styles_and_their_text_are_dropped() =>
        Assert.Equal("Visible.", HtmlText.ToPlainText("<style>p{color:red}</style><p>Visible.</p><script>var hidden = 1;</script>"));

    [Fact]
    public void Plain_text_with_entities_is_decoded_and_whitespace_collapsed() =>
        Assert.Equal("Smith & Jones said \"no\" – twice.", HtmlText.ToPlainText("  Smith &amp; Jones   said &quot;no&quot;\n &#8211; twice.  "));

    [Fact]
    public void A_line_break_stays_a_line_break() =>
        Assert.Equal("Line one\nLine two", HtmlText.ToPlainText("<p>Line one<br>Line two</p>"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<p> </p>")]
    public void Nothing_gives_empty_text(string? html) => Assert.Equal(string.Empty, HtmlText.ToPlainText(html));
}
