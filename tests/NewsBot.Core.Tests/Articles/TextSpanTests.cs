using NewsBot.Core.Articles;

namespace NewsBot.Core.Tests.Articles;

public sealed class TextSpanTests
{
    [Fact]
    public void Slice_returns_exactly_the_covered_characters()
    {
        var span = new TextSpan(4, 5);

        Assert.Equal("quick", span.Slice("the quick fox"));
        Assert.Equal(9, span.End);
    }
}
