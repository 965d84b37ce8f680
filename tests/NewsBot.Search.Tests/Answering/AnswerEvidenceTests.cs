using NewsBot.Search.Answering;

namespace NewsBot.Search.Tests.Answering;

public sealed class AnswerEvidenceTests
{
    private static ParsedQuestion Asking(QuestionKind kind, string? countedWord = null, params string[] words) =>
        new([.. words.Select(word => new QuestionTerm(word, word, 1))], [], null, null) { Kind = kind, CountedWord = countedWord };

    private static (double Strength, List<string> Words) Find(ParsedQuestion question, string sentence)
    {
        var found = AnswerEvidence.In(question, sentence, 0, sentence.Length);
        return (found.Strength, found.Spans.Select(span => span.Slice(sentence)).ToList());
    }

    [Fact]
    public void A_when_question_is_answered_by_the_date_the_sentence_states()
    {
        var (strength, words) = Find(Asking(QuestionKind.Time, null, "vote"), "The vote was held on November 28, 2005, after a long debate.");

        Assert.Equal(1, strength);
        Assert.Equal(["November 28, 2005"], words);
    }

    [Fact]
    public void A_year_the_question_already_names_is_not_an_answer()
    {
        var (strength, _) = Find(Asking(QuestionKind.Time, null, "2005", "minister"), "The minister resigned in 2005.");

        Assert.Equal(0, strength);
    }

    [Fact]
    public void A_how_many_question_prefers_the_number_of_the_counted_word()
    {
        var (strength, words) = Find(Asking(QuestionKind.Quantity, "soldiers", "soldiers"), "Some 40 civilians and three soldiers died.");

        Assert.Equal(1, strength);
        Assert.Equal("three", words[0]);
    }

    [Fact]
    public void The_day_of_a_date_is_not_a_count()
    {
        var (strength, _) = Find(Asking(QuestionKind.Quantity, "people", "people"), "On March 3 the council met again.");

        Assert.Equal(0, strength);
    }

    [Theory]
    [InlineData("He resigned because of a banking scandal.", 1.0, "because of a banking scandal")]
    [InlineData("The talks collapsed after the walkout.", 0.5, "after the walkout")]
    [InlineData("The minister resigned on Thursday.", 0.0, null)]
    public void A_why_question_is_answered_by_a_stated_reason(string sentence, double expected, string? words)
    {
        var (strength, found) = Find(Asking(QuestionKind.Reason), sentence);

        Assert.Equal(expected, strength);
        Assert.Equal(words is null ? [] : [words], found);
    }

    [Fact]
    public void A_reason_word_the_question_itself_uses_is_not_a_reason()
    {
        var question = Asking(QuestionKind.Reason, null, "regulator", "accuse", "bank", "fraud");

        Assert.Equal(0, Find(question, "The bank has been accused of fraud by the regulator.").Strength);
        Assert.Equal(1, Find(question, "The regulator says the bank hid a conflict of interest, citing internal e-mails.").Strength);
    }

    [Fact]
    public void A_where_question_is_answered_by_a_named_place_the_question_does_not_hold()
    {
        var (strength, words) = Find(Asking(QuestionKind.Place, null, "boat"), "The boat caught fire near Santa Cruz Island before dawn.");

        Assert.Equal(1, strength);
        Assert.Equal(["Santa Cruz Island"], words);
    }

    [Fact]
    public void A_question_of_no_particular_kind_finds_no_evidence()
    {
        Assert.Equal(0, Find(Asking(QuestionKind.Other), "On Monday 300 people marched because of the cuts.").Strength);
    }

    [Theory]
    [InlineData("Who coaches the Caloundra rugby side?", "\"I am happy with that\", Caloundra coach Geoff Ingram said.", true)]
    [InlineData("Who chaired the House committee?", "Committee Chairman Barney Frank agreed with the plan.", true)]
    [InlineData("Which judge gave no jail time?", "In her ruling, Judge Sarah Bradley told them the law was clear.", true)]
    [InlineData("Which minister objected to the plan?", "The plan was opposed by Lina Mendoni, the minister of culture.", true)]
    [InlineData("Who coaches the Caloundra rugby side?", "Caloundra won the Sunshine Coast rugby final with Ben Hale scoring twice.", false)]
    [InlineData("Who coaches the Caloundra rugby side?", "Geoff Ingram was pleased, and the rugby club thanked its coach after the final.", false)]
    public void A_who_question_s_role_counts_only_beside_a_name(string question, string sentence, bool named)
    {
        var parsed = new QuestionParser().Parse(question, DateTimeOffset.UnixEpoch, useDates: false);

        Assert.Equal(QuestionKind.Person, parsed.Kind);
        Assert.Equal(named, AnswerEvidence.NamesAskedRole(parsed, sentence, 0, sentence.Length));
    }

    [Theory]
    [InlineData("Heavy snow led to the failure of the old timber beams.", true)]
    [InlineData("The dispute stems from a contract signed in 1998.", true)]
    [InlineData("The council closed the road in a bid to calm traffic.", true)]
    [InlineData("The roof fell in on Tuesday, injuring two workers.", false)]
    public void A_why_question_counts_a_cause_stated_with_a_connective(string sentence, bool states)
    {
        var parsed = new QuestionParser().Parse("Why did the roof fall in?", DateTimeOffset.UnixEpoch, useDates: false);

        Assert.Equal(QuestionKind.Reason, parsed.Kind);
        Assert.Equal(states, AnswerEvidence.StatesCause(parsed, sentence, 0, sentence.Length));
    }
}
