using NewsBot.Search.Vectors;

namespace NewsBot.Search.Tests.Vectors;

public sealed class QuantizedVectorTests
{
    [Fact]
    public void TheQuantizedDotProductIsCloseToTheFloatOne()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 200; trial++)
        {
            var a = Unit(random, 384);
            var b = Unit(random, 384);
            var exact = a.Zip(b, (x, y) => (double)x * y).Sum();
            var qa = new sbyte[384];
            var qb = new sbyte[384];
            var sa = QuantizedVector.Quantize(a, qa);
            var sb = QuantizedVector.Quantize(b, qb);

            Assert.InRange(QuantizedVector.Dot(qa, qb) * (double)sa * sb, exact - 0.02, exact + 0.02);
        }
    }

    [Fact]
    public void TheDotProductOfALengthThatIsNotAMultipleOfTheVectorWidthCountsEveryElement()
    {
        sbyte[] a = [.. Enumerable.Range(0, 37).Select(i => (sbyte)(i - 18))];
        var expected = a.Sum(value => value * value);

        Assert.Equal(expected, QuantizedVector.Dot(a, a));
    }

    [Fact]
    public void AZeroVectorQuantizesToZeros()
    {
        var values = new sbyte[4];

        Assert.Equal(0, QuantizedVector.Quantize(new float[4], values));
        Assert.All(values, value => Assert.Equal(0, value));
    }

    private static float[] Unit(Random random, int length)
    {
        var vector = Enumerable.Range(0, length).Select(_ => (float)((random.NextDouble() * 2) - 1)).ToArray();
        var norm = MathF.Sqrt(vector.Sum(value => value * value));
        return [.. vector.Select(value => value / norm)];
    }
}
