using NewsBot.Core.Articles;

namespace NewsBot.Core.Tests.Articles;

public sealed class TextSketchTests
{
    private static readonly string[] Vocabulary =
        ["vote", "council", "budget", "senate", "mayor", "court", "ruling", "bill", "tax", "school", "transit", "police",
         "county", "state", "federal", "election", "campaign", "governor", "report", "hearing", "law", "plan", "city", "fund"];

    [Fact]
    public void A_text_resembles_itself_fully_and_an_unrelated_text_not_at_all()
    {
        var text = RandomText(new Random(1), 300);
        var other = RandomText(new Random(2), 300).Replace(" ", " x", StringComparison.Ordinal);

        var sketch = Sketch(text);

        Assert.Equal(1.0, sketch.Resemblance(Sketch(text)));
        Assert.Equal(0.0, sketch.Resemblance(Sketch(other)));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(30)]
    [InlineData(90)]
    public void The_estimate_is_close_to_the_exact_share_of_shared_shingles(int changedWords)
    {
        var random = new Random(changedWords);
        var words = RandomText(random, 400).Split(' ');
        var changed = (string[])words.Clone();
        foreach (var position in Enumerable.Range(0, changedWords).Select(_ => random.Next(changed.Length)))
        {
            changed[position] = "changed" + position;
        }

        var estimate = Sketch(string.Join(' ', words)).Resemblance(Sketch(string.Join(' ', changed)));

        Assert.InRange(estimate, ExactResemblance(words, changed) - 0.15, ExactResemblance(words, changed) + 0.15);
    }

    [Fact]
    public void Texts_shorter_than_the_minimum_get_no_sketch()
    {
        Assert.Null(TextSketch.Create("only a few words here", minimumWords: 40));
    }

    private static TextSketch Sketch(string text) => TextSketch.Create(text.ToLowerInvariant(), minimumWords: 5)!;

    private static string RandomText(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Vocabulary[random.Next(Vocabulary.Length)] + random.Next(50)));

    private static double ExactResemblance(string[] a, string[] b)
    {
        var first = Shingles(a);
        var second = Shingles(b);
        return (double)first.Intersect(second).Count() / first.Union(second).Count();
    }

    private static HashSet<string> Shingles(string[] words) =>
        Enumerable.Range(0, words.Length - 4).Select(i => string.Join(' ', words.Skip(i).Take(5))).ToHashSet();
}
