using NewsBot.Ingestion.Analysis;
using NewsBot.Ingestion.Text;

namespace NewsBot.Ingestion.Tests.Analysis;

public sealed class QuotableSentencesTests
{
    private readonly SentenceSplitter _splitter = new();

    private Dictionary<string, bool> Marks(string text)
    {
        var sentences = _splitter.Split(text);
        var marks = QuotableSentences.Mark(text, sentences);
        return sentences.Select((sentence, i) => (Text: sentence.Slice(text).Trim(), Quotable: marks[i])).ToDictionary(pair => pair.Text, pair => pair.Quotable);
    }

    [Theory]
    [InlineData("Smoke over the harbour. Image: Ana Reis.")]
    [InlineData("Protesters outside parliament (AP Photo/Jane Doe).")]
    [InlineData("██ Alliance Party of Northern Ireland - 1 seat")]
    [InlineData("By Jane Smith, Staff Writer")]
    [InlineData("Reactions")]
    [InlineData("The winners are:")]
    [InlineData("de:Friedensnobelpreis an Wangari Maathai")]
    public void Captions_credits_chart_debris_bylines_headings_and_lead_ins_are_not_quotable(string line)
    {
        var text = "The council met on Monday to vote on the budget.\n\n" + line + "\n\nThe budget passed by a wide margin.";

        var marks = Marks(text);

        Assert.True(marks["The council met on Monday to vote on the budget."]);
        Assert.True(marks["The budget passed by a wide margin."]);
        Assert.All(marks.Where(pair => line.Contains(pair.Key, StringComparison.Ordinal)), pair => Assert.False(pair.Value, pair.Key));
    }

    [Theory]
    [InlineData("He was 80.")]
    [InlineData("The vote was 162-157.")]
    [InlineData("\"We will not back down,\" she said.")]
    public void Short_real_sentences_stay_quotable(string line)
    {
        var text = "The senator died on Sunday at his home.\n\n" + line + "\n\nHis funeral is on Friday.";

        Assert.True(Marks(text)[line]);
    }
}
