using NewsBot.Core.Articles;
using NewsBot.Ingestion.Analysis;
using NewsBot.Ingestion.Tests.Support;
using NewsBot.Ingestion.Text;

namespace NewsBot.Ingestion.Tests.Analysis;

public sealed class PassageBuilderTests
{
    private readonly SentenceSplitter _splitter = new();

    private IReadOnlyList<Passage> Build(string text, PassageOptions? options = null) =>
        new PassageBuilder(options ?? new PassageOptions()).Build("a1", text, _splitter.Split(text));

    [Fact]
    public void Passages_keep_exact_offsets_into_the_seed()
    {
        var text = SeedArticle.Text;

        var passages = Build(text);

        Assert.NotEmpty(passages);
        foreach (var passage in passages)
        {
            var slice = passage.Span.Slice(text);
            Assert.StartsWith(passage.Sentences[0].Slice(text), slice, StringComparison.Ordinal);
            Assert.EndsWith(passage.Sentences[^1].Slice(text), slice, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', slice);
        }

        Assert.Equal(Enumerable.Range(0, passages.Count), passages.Select(p => p.Ordinal));
        Assert.Equal(_splitter.Split(text), passages.SelectMany(p => p.Sentences));
    }

    [Fact]
    public void Passages_hold_at_most_three_sentences_by_default_shared_out_evenly()
    {
        var text = "One. Two. Three. Four. Five. Six. Seven.";

        var passages = Build(text);

        Assert.Equal(["One. Two. Three.", "Four. Five.", "Six. Seven."], passages.Select(p => p.Span.Slice(text)));
    }

    [Fact]
    public void Passages_never_cross_a_blank_line()
    {
        var text = "This first paragraph has a sentence. It has a second one.\n\nThe second paragraph starts here. It ends here.";

        var passages = Build(text);

        Assert.Equal(
            ["This first paragraph has a sentence. It has a second one.", "The second paragraph starts here. It ends here."],
            passages.Select(p => p.Span.Slice(text)));
    }

    [Fact]
    public void A_paragraph_of_one_short_sentence_joins_the_next()
    {
        var text = "WASHINGTON\n\nThe president met the mayor. They talked.";

        var passages = Build(text);

        Assert.Equal([text], passages.Select(p => p.Span.Slice(text)));
    }

    [Fact]
    public void Passages_stay_under_the_character_limit_unless_one_sentence_is_longer()
    {
        var longSentence = "Word " + string.Concat(Enumerable.Repeat("word ", 30)).Trim() + ".";
        var text = $"Short one. {longSentence} Short two.";

        var passages = Build(text, new PassageOptions { MaxCharacters = 100 });

        Assert.Equal(["Short one.", longSentence, "Short two."], passages.Select(p => p.Span.Slice(text)));
    }
}
