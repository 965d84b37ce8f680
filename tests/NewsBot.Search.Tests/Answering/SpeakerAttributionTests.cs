using NewsBot.Search.Answering;

namespace NewsBot.Search.Tests.Answering;

public sealed class SpeakerAttributionTests
{
    [Theory]
    [InlineData("what did mamdani say about trump", "mamdani")]
    [InlineData("What did the harbour master tell reporters?", "harbour master")]
    [InlineData("How did Governor Reyes respond to the ruling?", "governor reyes")]
    public void The_speaker_is_read_from_the_question_s_shape(string question, string expected)
    {
        Assert.Equal(expected, string.Join(' ', SpeakerAttribution.SpeakerOf(question)));
    }

    [Fact]
    public void A_question_that_asks_for_no_one_s_words_names_no_speaker()
    {
        Assert.Empty(SpeakerAttribution.SpeakerOf("Who won the harbour vote?"));
    }

    [Theory]
    [InlineData("\"We will rebuild the pier first,\" Okafor said on Monday.")]
    [InlineData("\"We will rebuild the pier first,\" said harbour chief Okafor.")]
    [InlineData("Okafor, the harbour chief, told reporters the pier comes first.")]
    [InlineData("According to Okafor, the pier comes first.")]
    [InlineData("Okafor's office said the pier comes first.")]
    [InlineData("Okafor toured the harbour on Friday, saying the pier comes first.")]
    [InlineData("Before the vote, harbour chief Amaka Okafor expressed a different view, saying the pier comes first.")]
    public void Words_in_the_speaker_s_mouth_are_attributed(string sentence)
    {
        Assert.True(SpeakerAttribution.Attributes(sentence, ["okafor"]));
    }

    [Theory]
    [InlineData("The mayor said he would meet Okafor next week to discuss the pier.")]
    [InlineData("\"Okafor is a fine partner,\" the mayor said.")]
    [InlineData("Okafor visited the pier on Monday.")]
    // ", saying ..." gives the words of its clause's subject: neither the name just before the comma nor one after it.
    [InlineData("The governor indicated she would work with Okafor, saying the two would meet soon.")]
    [InlineData("The governor praised the harbour board, saying Okafor would lead the rebuilding.")]
    [InlineData("The governor met with Okafor on Monday, saying the pier comes first.")]
    [InlineData("When asked by reporter Amaka Okafor about the pier, the governor nodded, saying it comes first.")]
    public void Words_about_the_speaker_in_someone_else_s_mouth_are_not(string sentence)
    {
        Assert.False(SpeakerAttribution.Attributes(sentence, ["okafor"]));
    }

    [Fact]
    public void A_speaker_set_off_from_the_verb_by_a_long_title_between_commas_is_still_the_speaker()
    {
        Assert.True(SpeakerAttribution.Attributes(
            "Yesterday, Amaka Okafor, the chair of the regional harbour authority board, announced that fees would rise.", ["amaka", "okafor"]));
        Assert.True(SpeakerAttribution.Attributes(
            "The Harbour Party, which has no seats but has members on the port board, said the fees were unfair.", ["harbour", "party"]));
    }

    [Theory]
    [InlineData("Author Sam Ortiz (Amaka Reyes, Harbour Tales) told the audience about her work.", false)]
    [InlineData("Amaka Okafor told the audience about her work.", true)]
    [InlineData("Harbour chief Okafor told the audience about her work.", true)]
    public void A_given_name_of_the_speaker_that_goes_on_as_someone_else_s_name_is_not_the_speaker(string sentence, bool attributed)
    {
        Assert.Equal(attributed, SpeakerAttribution.Attributes(sentence, ["amaka", "okafor"]));
    }

    [Theory]
    [InlineData("Writer Theodora Okafor stated that the fees were unfair.", false)]
    [InlineData("Amaka Okafor stated that the fees were unfair.", true)]
    [InlineData("President Okafor stated that the fees were unfair.", true)]
    [InlineData("Meanwhile Okafor stated that the fees were unfair.", true)]
    public void Another_given_name_before_the_speaker_s_surname_is_someone_else(string sentence, bool attributed)
    {
        Assert.Equal(attributed, SpeakerAttribution.Attributes(sentence, ["amaka", "okafor"]));
    }

    [Theory]
    [InlineData("okafor")]
    [InlineData("okafor", "letter")]
    public void A_surname_asked_without_a_given_name_is_the_speaker_whatever_given_name_stands_before_it(params string[] speaker)
    {
        // "What did Okafor's letter say?" gives no given name: "Jerome Okafor wrote" is Okafor.
        Assert.True(SpeakerAttribution.Attributes("Writer Theodora Okafor stated that the fees were unfair.", speaker));
    }

    [Fact]
    public void A_she_announced_after_a_sentence_naming_the_speaker_is_the_speaker_s()
    {
        const string text = "Okafor called the fees unfair. \"The board will vote again,\" she announced.";
        var sentences = new List<(int, int)> { (0, 30), (31, text.Length) };

        Assert.Equal([false, true], SpeakerAttribution.InPassage(text, sentences, ["okafor"]));
    }

    [Fact]
    public void The_title_a_story_gives_the_speaker_stands_for_the_speaker()
    {
        var speaker = SpeakerAttribution.WithTitles(["okafor"], ["Harbour chief Amaka Okafor met the mayor on Monday."]);

        Assert.True(SpeakerAttribution.Attributes("The chief told reporters the pier comes first.", speaker));
        Assert.False(SpeakerAttribution.Attributes("The chief told reporters the pier comes first.", ["okafor"]));
    }

    [Fact]
    public void A_title_is_the_speaker_s_only_before_a_capitalised_name_that_is_theirs()
    {
        // "the governor to press Okafor": lowercase words after a title are no name, so "governor" is not Okafor's title.
        var speaker = SpeakerAttribution.WithTitles(["okafor"], ["Critics urged the governor to press Okafor on the pier."]);

        Assert.Equal(["okafor"], speaker);
    }

    [Fact]
    public void A_he_said_or_a_bare_quotation_after_a_sentence_naming_the_speaker_is_the_speaker_s()
    {
        const string text = "Okafor visited the pier on Monday. He said the pilings come first. \"The ferries will keep running.\" The mayor said little.";
        var sentences = new List<(int, int)> { (0, 34), (35, 66), (67, 99), (100, 122) };

        Assert.Equal([false, true, true, false], SpeakerAttribution.InPassage(text, sentences, ["okafor"]));
    }

    [Theory]
    [InlineData("Apple spokesperson Tom Neumayr said the deal was a natural fit.", true)]
    [InlineData("Neumayr's statement came on Monday.", true)]
    [InlineData("Apple, Inc. confirmed the acquisition of Shazam.", false)]
    public void A_passage_names_the_speaker_by_the_last_word_of_the_asked_name(string text, bool names)
    {
        var speaker = SpeakerAttribution.SpeakerOf("What did Apple's Tom Neumayr say about Shazam?");

        Assert.Equal(names, SpeakerAttribution.Names(text, speaker));
    }
}
