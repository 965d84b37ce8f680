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

    [Theory]
    [InlineData(0, 5, 4, 3, true)]
    [InlineData(0, 5, 5, 3, false)]
    [InlineData(6, 2, 0, 6, false)]
    [InlineData(2, 2, 0, 10, true)]
    public void Spans_overlap_only_when_they_share_a_character(int start, int length, int otherStart, int otherLength, bool overlaps)
    {
        Assert.Equal(overlaps, new TextSpan(start, length).Overlaps(new TextSpan(otherStart, otherLength)));
        Assert.Equal(overlaps, new TextSpan(otherStart, otherLength).Overlaps(new TextSpan(start, length)));
    }

    [Fact]
    public void A_span_contains_the_spans_inside_it_and_itself_but_not_one_reaching_past_it()
    {
        var outer = new TextSpan(10, 20);

        Assert.True(outer.Contains(new TextSpan(10, 20)));
        Assert.True(outer.Contains(new TextSpan(15, 5)));
        Assert.False(outer.Contains(new TextSpan(25, 10)));
        Assert.False(outer.Contains(new TextSpan(5, 10)));
    }
}
