using NewsBot.Testing;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// The articles the end-to-end bot indexes: the shipped seed article, four more reports of the same meeting from other
/// outlets (so an answer has more than one page), and one whose text tries to ping and reformat.
/// </summary>
internal static class EndToEndArticles
{
    /// <summary>A question the seed and the four reports answer (more than three article groups: paging).</summary>
    public const string CooperationQuestion = "Will Trump and Mamdani work together?";

    /// <summary>A question only the hostile article answers.</summary>
    public const string ChantQuestion = "What did the zoning protesters chant?";

    /// <summary>Writes the articles into <paramref name="folder"/>.</summary>
    public static void WriteTo(TemporaryDirectory directory, string folder)
    {
        ArgumentNullException.ThrowIfNull(directory);
        directory.WriteFile(Path.Combine(folder, "seed.txt"), RepositoryPaths.SeedArticleText);
        var reports = new (string Outlet, string Day, string Text)[]
        {
            ("Capitol Wire", "2025-11-22", "President Donald Trump said he and Mayor-elect Zohran Mamdani would work together on housing costs. Trump told reporters the meeting was productive and that both men wanted New York to thrive."),
            ("Harbor Times", "2025-11-22", "Mamdani said after the White House meeting that he and Trump agreed to work together on affordability. Aides described the talk as focused on rents, groceries and utility bills."),
            ("Empire Post", "2025-11-23", "Trump and Mamdani pledged to work together on public safety in New York City. The president said federal help for the city was possible if cooperation continued."),
            ("City Desk", "2025-11-23", "Both Trump and Mamdani promised to work together despite their campaign clashes. Observers said the cordial tone surprised members of both parties."),
        };
        for (var i = 0; i < reports.Length; i++)
        {
            var (outlet, day, text) = reports[i];
            directory.WriteFile(Path.Combine(folder, $"report-{i + 1}.md"), $"""
                ---
                title: {outlet} on the Trump and Mamdani meeting
                outlet: {outlet}
                published: {day}
                url: https://{outlet.Replace(" ", "-", StringComparison.Ordinal).ToLowerInvariant()}.example/trump-mamdani
                ---
                {text}
                """);
        }

        directory.WriteFile(Path.Combine(folder, "zoning.md"), """
            ---
            title: Zoning protest **fills** the council chamber
            outlet: Metro Ledger
            published: 2025-11-20
            url: https://metro-ledger.example/zoning-protest
            ---
            Zoning protesters chanted @everyone and <@123> and **no rezoning** outside the council chamber on Thursday. The council postponed its vote on the waterfront zoning plan until December.
            """);
    }
}
