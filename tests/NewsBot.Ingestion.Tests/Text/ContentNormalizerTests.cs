using NewsBot.Ingestion.Text;

namespace NewsBot.Ingestion.Tests.Text;

public sealed class ContentNormalizerTests
{
    [Fact]
    public void Normalizer_lower_cases_unifies_quotes_and_dashes_and_collapses_white_space()
    {
        Assert.Equal("mayor-elect said \"work together\" - it's true", ContentNormalizer.Normalize("  Mayor‑elect said “work\ttogether” — it’s\n\ntrue "));
    }

    [Fact]
    public void Hash_is_lower_case_hex_sha256_and_differs_for_different_words()
    {
        var hash = ContentNormalizer.Hash("A story.");

        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.Equal(hash, ContentNormalizer.Hash("a   STORY."));
        Assert.NotEqual(hash, ContentNormalizer.Hash("A stories."));
    }
}
