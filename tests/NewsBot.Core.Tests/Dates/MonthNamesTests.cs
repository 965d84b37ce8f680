using System.Text.RegularExpressions;
using NewsBot.Core.Dates;

namespace NewsBot.Core.Tests.Dates;

public sealed class MonthNamesTests
{
    [Theory]
    [InlineData("January", 1)]
    [InlineData("Feb.", 2)]
    [InlineData("Sept.", 9)]
    [InlineData("Sep", 9)]
    [InlineData("May", 5)]
    [InlineData("Dec", 12)]
    public void A_name_or_abbreviation_is_matched_whole_and_numbered(string name, int number)
    {
        var match = Regex.Match(name, "^" + MonthNames.Pattern + "$");

        Assert.True(match.Success);
        Assert.Equal(number, MonthNames.Number(match.Value));
    }

    [Fact]
    public void Question_words_match_in_any_case_without_the_period()
    {
        var match = Regex.Match("since nov. 4", @"since (?<month>" + MonthNames.Names + @")\.?", RegexOptions.IgnoreCase);

        Assert.Equal("nov", match.Groups["month"].Value);
        Assert.Equal(11, MonthNames.Number(match.Groups["month"].Value));
    }

    [Fact]
    public void A_word_that_is_no_month_is_refused() => Assert.Throws<ArgumentException>(() => MonthNames.Number("Mon"));

    [Theory]
    [InlineData("nov", true)]
    [InlineData("September", true)]
    [InlineData("SEPT", true)]
    [InlineData("may", true)]
    [InlineData("Mon", false)]
    [InlineData("Nov.", false)]
    [InlineData("november2025", false)]
    public void A_word_is_a_month_name_only_when_it_is_a_name_or_abbreviation_whole(string word, bool isName)
        => Assert.Equal(isName, MonthNames.IsName(word));

    [Theory]
    [InlineData("On Nov. 21 the mayor met", "Nov.")]
    [InlineData("It was decided in March", "March")]
    [InlineData("The Jul. 4 parade", "Jul.")]
    public void Prose_matches_a_full_name_or_an_abbreviation_with_its_period(string text, string month)
        => Assert.Equal(month, Regex.Match(text, @"\b" + MonthNames.WithPeriod, RegexOptions.IgnoreCase).Value);

    [Fact]
    public void Prose_does_not_take_the_start_of_another_word_for_a_month()
        => Assert.False(Regex.IsMatch("The decision was marred by a janitor", @"\b" + MonthNames.WithPeriod, RegexOptions.IgnoreCase));
}
