using NewsBot.Core.Answers;
using NewsBot.Testing.Articles;

namespace NewsBot.Search.Tests.Answering;

/// <summary>Questions whose names the index does or does not hold, as an asker would type them.</summary>
public sealed class KeyTermsTests : IDisposable
{
    private readonly SearchHarness _harness = SearchHarness.InMemory();

    public KeyTermsTests() => _harness.ReplaceAllAsync(NamesCorpus.All).GetAwaiter().GetResult();

    [Fact]
    public async Task A_name_the_index_never_saw_is_not_found_though_its_other_words_match_a_story()
    {
        var answer = await _harness.AskAsync("What did Mamdani say about the rent freeze?");

        Assert.Equal(AnswerOutcome.NotFound, answer.Outcome);
        Assert.Empty(answer.Articles);
        Assert.Equal(["Mamdani"], answer.NotFound!.AbsentTerms);
        Assert.Contains(answer.ClosestHeadlines, citation => citation.ArticleId == "rent-freeze");
    }

    [Fact]
    public async Task A_name_only_a_headline_holds_is_no_absent_name()
    {
        var answer = await AskOfOneArticleAsync(
            "Who was the Liberal candidate in Parry Sound-Muskoka?",
            "riding-candidate",
            "CanadaVOTES: NDP candidate Jo-Anne Boulding in Parry Sound\u2014Muskoka",
            "Jo-Anne Boulding is the New Democratic Party's candidate in the riding. The Liberal candidate is Jamie McGarvey.");

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.Equal("riding-candidate", answer.Articles[0].Citation.ArticleId);
    }

    [Fact]
    public async Task A_name_whose_stem_only_a_headline_shares_is_still_absent()
    {
        // "Kais" and "Kai" share the stem the headline field holds; the headline does not hold "Kais".
        var answer = await AskOfOneArticleAsync(
            "What did Kais do to the parliament?",
            "parliament-vote",
            "Kai Lindqvist chairs the parliament's budget debate",
            "The parliament voted to suspend its sitting after a long debate on the budget.");

        Assert.Equal(AnswerOutcome.NotFound, answer.Outcome);
        Assert.Contains("Kais", answer.NotFound!.AbsentTerms);
    }

    [Fact]
    public async Task A_short_name_with_one_typo_and_no_neighbour_to_confirm_it_is_not_found_but_offered()
    {
        var answer = await _harness.AskAsync("What did Zapatta cross?");

        Assert.Equal(AnswerOutcome.NotFound, answer.Outcome);
        Assert.Equal(["Zapata"], answer.NotFound!.DidYouMean);
    }

    [Fact]
    public async Task A_short_absent_name_one_edit_from_a_common_word_is_not_found_and_that_word_is_offered()
    {
        var answer = await _harness.AskAsync("Why did Milei go to the capital?");

        Assert.Equal(AnswerOutcome.NotFound, answer.Outcome);
        Assert.Equal(["Milei"], answer.NotFound!.AbsentTerms);
        Assert.Equal(["Miles"], answer.NotFound.DidYouMean);
    }

    [Fact]
    public async Task A_short_absent_name_stays_not_found_though_its_near_word_stands_with_the_question_s_other_words()
    {
        // "miles" stands with "march" and "capital" in one passage, but a capitalised word is a name: no typo reading.
        var answer = await _harness.AskAsync("Why did Milei march to the capital?");

        Assert.Equal(AnswerOutcome.NotFound, answer.Outcome);
        Assert.Equal(["Milei"], answer.NotFound!.AbsentTerms);
    }

    [Fact]
    public async Task A_plain_word_typo_is_read_as_the_word_that_stands_with_two_of_the_question_s_other_words()
    {
        using var harness = SearchHarness.InMemory();
        await harness.ReplaceAllAsync(Testing.Articles.TestArticleBuilder.Article(
                "senate-records",
                "On Friday the Senate issued a subpoena to the Harbour Authority for its dredging records.")
            .Titled("Harbour records sought").Build());

        var answer = await harness.AskAsync("what did the senate subpena from the harbour authority");

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.Equal("senate-records", answer.Articles[0].Citation.ArticleId);
    }

    [Fact]
    public async Task An_absent_name_close_to_an_indexed_name_offers_it_as_did_you_mean()
    {
        var answer = await _harness.AskAsync("What did Zapato say?");

        Assert.Equal(AnswerOutcome.NotFound, answer.Outcome);
        Assert.Equal(["Zapata"], answer.NotFound!.DidYouMean);
    }

    [Fact]
    public async Task A_name_typed_without_its_accents_finds_the_accented_name()
    {
        var answer = await _harness.AskAsync("What did Walesa say about the strike?");

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        var first = answer.Articles[0];
        Assert.Equal("shipyard", first.Citation.ArticleId);
        var quote = first.Quotes[0];
        Assert.Contains(quote.Highlights, span => quote.Text.Substring(span.Start, span.Length).Contains("Wałęsa", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Where did Franky Zapatta land?")]
    [InlineData("where did franky zapatta land")]
    public async Task A_misspelt_name_of_the_index_is_still_found(string question)
    {
        var answer = await _harness.AskAsync(question);

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.Equal("hoverboard", answer.Articles[0].Citation.ArticleId);
    }

    [Fact]
    public async Task A_long_name_with_one_typo_is_found_without_a_neighbour_to_confirm_it()
    {
        var answer = await _harness.AskAsync("What did Kaczmarzyk open?");

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.Equal("tram", answer.Articles[0].Citation.ArticleId);
    }

    [Fact]
    public async Task A_name_in_the_singular_or_possessive_finds_its_plural()
    {
        var answer = await _harness.AskAsync("Why did the Farmer's march go to the capital?");

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.Equal("march", answer.Articles[0].Citation.ArticleId);
    }

    [Fact]
    public async Task Acronyms_and_month_names_are_no_key_words()
    {
        var answer = await _harness.AskAsync("Did the ZTM open the Tram to the airport before Feb?");

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.Equal("tram", answer.Articles[0].Citation.ArticleId);
    }

    [Fact]
    public async Task A_lowercase_question_about_an_absent_name_is_not_found()
    {
        var answer = await _harness.AskAsync("sanna marin rent freeze");

        Assert.Equal(AnswerOutcome.NotFound, answer.Outcome);
        Assert.Contains("sanna", answer.NotFound!.AbsentTerms);
    }

    [Fact]
    public async Task A_lowercase_unknown_word_beside_a_name_of_the_index_is_taken_for_an_absent_name()
    {
        var answer = await _harness.AskAsync("what did sanna zapata say");

        Assert.Equal(AnswerOutcome.NotFound, answer.Outcome);
        Assert.Equal(["sanna"], answer.NotFound!.AbsentTerms);
    }

    [Fact]
    public async Task A_sentence_case_question_whose_every_content_word_is_a_name_names_the_absent_one()
    {
        // Every content word capitalised, but the verbs in lower case: sentence case, not a Title Case headline.
        var answer = await _harness.AskAsync("what did Putin say about Zapata?");

        Assert.Equal(AnswerOutcome.NotFound, answer.Outcome);
        Assert.Equal(["Putin"], answer.NotFound!.AbsentTerms);
    }

    [Fact]
    public async Task A_lowercase_unknown_word_beside_plain_words_is_searched_as_usual()
    {
        var answer = await _harness.AskAsync("which tram line did the deputy mayor open swiftly");

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.Equal("tram", answer.Articles[0].Citation.ArticleId);
    }

    [Fact]
    public async Task A_lowercase_question_in_other_word_forms_is_still_found()
    {
        var answer = await _harness.AskAsync("did tenant groups say the rent freezes came late");

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.Equal("rent-freeze", answer.Articles[0].Citation.ArticleId);
    }

    // A question asked of an index holding one article alone, headline and text as given.
    private static async Task<Answer> AskOfOneArticleAsync(string question, string id, string headline, string text)
    {
        using var harness = SearchHarness.InMemory();
        await harness.ReplaceAllAsync(TestArticleBuilder.Article(id, text).Titled(headline).Build());
        return await harness.AskAsync(question);
    }

    public void Dispose() => _harness.Dispose();
}
