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

    [Fact]
    public void A_caption_makes_no_passage_and_is_never_listed_as_a_sentence()
    {
        var text = "The roof caught fire on Monday evening.\n\nSmoke over the roof. Image: Ana Reis.\n\nFirefighters saved the two towers.";

        var passages = Build(text);

        Assert.Equal(["The roof caught fire on Monday evening.", "Firefighters saved the two towers."], passages.Select(p => p.Span.Slice(text)));
        Assert.DoesNotContain(passages.SelectMany(p => p.Sentences), sentence => sentence.Slice(text).Contains("Image", StringComparison.Ordinal));
    }

    [Fact]
    public void A_passage_lists_only_its_quotable_sentences()
    {
        var text = "Voters queued from dawn. The results by party:\nTurnout was the highest in twenty years.";

        var passages = Build(text);

        Assert.DoesNotContain(passages.SelectMany(p => p.Sentences), sentence => sentence.Slice(text).EndsWith(':'));
        Assert.Contains(passages.SelectMany(p => p.Sentences), sentence => sentence.Slice(text) == "Turnout was the highest in twenty years.");
    }
}
