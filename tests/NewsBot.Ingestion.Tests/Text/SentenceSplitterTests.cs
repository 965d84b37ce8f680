using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsBot.Core.Articles;
using NewsBot.Ingestion.Tests.Support;
using NewsBot.Ingestion.Text;

namespace NewsBot.Ingestion.Tests.Text;

public sealed class SentenceSplitterTests
{
    private readonly SentenceSplitter _splitter = new();

    private string[] Sentences(string text) => _splitter.Split(text).Select(span => span.Slice(text)).ToArray();

    [Fact]
    public void Splitter_does_not_end_a_sentence_after_Nov_in_the_seed()
    {
        var sentences = Sentences(SeedArticle.FirstParagraph);

        Assert.Equal(2, sentences.Length);
        Assert.StartsWith("On Nov. 21, 2025, President Donald Trump", sentences[0], StringComparison.Ordinal);
        Assert.EndsWith("upset victory on Nov. 4.", sentences[0], StringComparison.Ordinal);
        Assert.StartsWith("Reporters described", sentences[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Splitter_keeps_every_seed_line_break_as_a_sentence_end()
    {
        var text = SeedArticle.Text;
        var sentences = _splitter.Split(text);

        Assert.All(sentences, span => Assert.DoesNotContain('\n', span.Slice(text)));
        Assert.True(sentences.Count >= 12, $"expected at least two sentences per seed paragraph, got {sentences.Count}");
    }

    [Theory]
    [InlineData("Mr. Smith met Sen. Jones and Gov. Hochul at 10 a.m. on Tuesday.")]
    [InlineData("Donald J. Trump met J. K. Rowling.")]
    [InlineData("The U.S. Senate voted 51-49 on the bill.")]
    [InlineData("Prices rose 3.5 percent, e.g. for eggs, i.e. a staple.")]
    [InlineData("He lives on St. Mark's Place, No. 5, in Brooklyn.")]
    [InlineData("Dr. Oz vs. Mrs. Smith was set for Dec. 3 and Jan. 6 in Washington.")]
    [InlineData("Acme Inc. and Widgets Corp. filed suit against Ford Motor Co. in court.")]
    [InlineData("He paused... then he went on.")]
    [InlineData("Maj. Gen. Smith and Lt. Col. Jones briefed Rep. Lee (D-Calif.) and Sept. visitors.")]
    public void Splitter_keeps_abbreviations_initials_and_decimals_inside_one_sentence(string text)
    {
        Assert.Equal([text], Sentences(text));
    }

    [Fact]
    public void Splitter_keeps_a_closing_quote_with_its_sentence()
    {
        var sentences = Sentences("Trump said the two would \"work together.\" Mamdani agreed.");

        Assert.Equal(["Trump said the two would \"work together.\"", "Mamdani agreed."], sentences);
    }

    [Fact]
    public void Splitter_keeps_curly_quotes_and_brackets_with_their_sentence()
    {
        var sentences = Sentences("He called it “a good meeting.” (It was brief.) Then he left.");

        Assert.Equal(["He called it “a good meeting.”", "(It was brief.)", "Then he left."], sentences);
    }

    [Fact]
    public void Splitter_ends_sentences_at_question_and_exclamation_marks()
    {
        var sentences = Sentences("Will they cooperate? Nobody knows! We will see.");

        Assert.Equal(["Will they cooperate?", "Nobody knows!", "We will see."], sentences);
    }

    [Fact]
    public void Splitter_ends_a_sentence_after_an_abbreviation_that_closes_it()
    {
        var sentences = Sentences("The talks ended at 4 p.m. The two men then spoke to reporters in the U.S. He left.");

        Assert.Equal(["The talks ended at 4 p.m.", "The two men then spoke to reporters in the U.S.", "He left."], sentences);
    }

    [Fact]
    public void Splitter_always_ends_a_sentence_at_a_blank_line()
    {
        var sentences = Sentences("A heading without a period\n\nThe body starts here. It goes on");

        Assert.Equal(["A heading without a period", "The body starts here.", "It goes on"], sentences);
    }

    [Fact]
    public void Splitter_does_not_break_a_hard_wrapped_sentence_in_text_with_blank_lines()
    {
        var sentences = Sentences("This sentence is wrapped\nacross two lines.\n\nNext paragraph.");

        Assert.Equal(["This sentence is wrapped\nacross two lines.", "Next paragraph."], sentences);
    }

    [Fact]
    public void Splitter_ends_a_sentence_at_a_headline_line_in_text_without_blank_lines()
    {
        var sentences = Sentences("Trump meets Mamdani\nOn Nov. 21, 2025, the two met.\nThey talked.");

        Assert.Equal(["Trump meets Mamdani", "On Nov. 21, 2025, the two met.", "They talked."], sentences);
    }

    [Fact]
    public void Splitter_does_not_end_a_sentence_at_a_line_break_inside_it()
    {
        var sentences = Sentences("Uptake of O\n2 from the air is the purpose of respiration.\nOxygen is used in medicine.");

        Assert.Equal(["Uptake of O\n2 from the air is the purpose of respiration.", "Oxygen is used in medicine."], sentences);
    }

    [Fact]
    public void Splitter_ends_a_sentence_after_an_ellipsis_before_a_capital()
    {
        Assert.Equal(["He waited...", "Nothing happened."], Sentences("He waited... Nothing happened."));
    }

    [Fact]
    public void Splitter_returns_nothing_for_white_space()
    {
        Assert.Empty(_splitter.Split(" \n\t \n"));
    }

    private static readonly string[] Pieces =
    [
        "Nov.", "U.S.", "Mr.", "J.", "3.5", "said", "\"work together.\"", "?", "!", "...", "…", ".", "a.m.", " ", "  ", "\n", "\n\n",
        "\t", "The", "he", "(", ")", "”", "’", "e.g.", "x", "2025,", "\u00a0", "\r",
    ];

    private static Arbitrary<string> Texts() =>
        Gen.ListOf(Gen.OneOf(Gen.Elements(Pieces), ArbMap.Default.GeneratorFor<char>().Select(c => c.ToString())))
            .Select(parts => string.Concat(parts))
            .ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Spans_are_ordered_trimmed_and_cover_every_non_white_space_character() =>
        Prop.ForAll(Texts(), text =>
        {
            var spans = _splitter.Split(text);
            var covered = new bool[text.Length];
            var previousEnd = 0;
            foreach (var span in spans)
            {
                if (span.Length <= 0 || span.Start < previousEnd || span.End > text.Length)
                {
                    return false;
                }

                if (char.IsWhiteSpace(text[span.Start]) || char.IsWhiteSpace(text[span.End - 1]))
                {
                    return false;
                }

                for (var i = span.Start; i < span.End; i++)
                {
                    covered[i] = true;
                }

                previousEnd = span.End;
            }

            return Enumerable.Range(0, text.Length).All(i => covered[i] || char.IsWhiteSpace(text[i]));
        });
}
