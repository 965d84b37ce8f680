using NewsBot.Evaluation.Data;

namespace NewsBot.Evaluation.Tests.Data;

public sealed class QrelsReaderTests
{
    [Fact]
    public void Reads_graded_judgements_per_query()
    {
        var data = QrelsReader.Parse("qrels.tsv", ["q1\td1\t2", "q1\td2\t1", "", "q2\td1\t0"]);

        Assert.True(data.Succeeded);
        Assert.Equal(2, data.Value.QueryCount);
        Assert.Equal(2, data.Value.For("q1")["d1"]);
        Assert.Equal(1, data.Value.For("q1")["d2"]);
        Assert.Equal(0, data.Value.For("q2")["d1"]);
        Assert.Empty(data.Value.For("unknown"));
    }

    [Fact]
    public void Accepts_the_four_column_trec_form()
    {
        var data = QrelsReader.Parse("qrels", ["q1 0 d1 1"]);

        Assert.True(data.Succeeded);
        Assert.Equal(1, data.Value.For("q1")["d1"]);
    }

    [Theory]
    [InlineData("q1\td1", "2 field(s)")]
    [InlineData("q1\td1\thigh", "not a whole number")]
    [InlineData("q1\td1\t1\t2\t3", "5 field(s)")]
    public void Malformed_lines_are_reported_with_their_line_number(string line, string reasonPart)
    {
        var data = QrelsReader.Parse("qrels.tsv", ["q0\td0\t1", line]);

        var problem = Assert.Single(data.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Contains(reasonPart, problem.Reason);
    }

    [Fact]
    public void Contradicting_grades_for_the_same_pair_are_reported()
    {
        var data = QrelsReader.Parse("qrels.tsv", ["q1\td1\t1", "q1\td1\t2"]);

        Assert.Contains("graded 1 and 2", Assert.Single(data.Problems).Reason);
    }
}
