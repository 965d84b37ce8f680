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
}
