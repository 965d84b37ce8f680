using NewsBot.Ingestion.Text;

namespace NewsBot.Ingestion.Tests.Text;

public sealed class TitleFromFileNameTests
{
    [Theory]
    [InlineData("2025-11-21-trump-mamdani-white-house-meeting.txt", "Trump Mamdani White House Meeting")]
    [InlineData("/data/wire/senate_passes_budget_bill.md", "Senate Passes Budget Bill")]
    [InlineData("21-nov-2025-mayor-of-new-york-sworn-in.html", "Mayor of New York Sworn In")]
    [InlineData("d53699b57f42fd71-pension-reform-vote.txt", "Pension Reform Vote")]
    [InlineData("US-G20-summit-ends.txt", "US G20 Summit Ends")]
    public void A_file_named_after_its_story_gives_that_story_as_headline(string path, string expected)
        => Assert.Equal(expected, TitleFromFileName.Make(path));

    [Theory]
    [InlineData("2025-11-21.txt")]
    [InlineData("d53699b57f42fd71.txt")]
    [InlineData("20251121-a1b2c3d4e5f6.txt")]
    [InlineData("story.txt")]
    [InlineData("article-3.txt")]
    [InlineData("untitled document.txt")]
    [InlineData("")]
    [InlineData(null)]
    public void A_name_that_is_only_a_date_an_id_or_a_word_for_the_file_gives_no_headline(string? path)
        => Assert.Null(TitleFromFileName.Make(path));
}
