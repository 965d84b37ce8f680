using NewsBot.Core.Answers;
using NewsBot.Core.Formatting;
using NewsBot.Core.Indexing;

namespace NewsBot.CommandLine;

/// <summary>Small formatting rules shared by the plain-text printers.</summary>
internal static class TextFormat
{
    /// <summary>An outlet's name, or the one wording used everywhere for an article that names none.</summary>
    public static string Outlet(string? outlet) => outlet ?? OutletStats.NoOutlet;

    /// <summary>The citation line: headline · outlet · date.</summary>
    public static string Citation(Citation citation)
    {
        var outlets = citation.AlsoCarriedBy.Count == 0
            ? Outlet(citation.Outlet)
            : $"{Outlet(citation.Outlet)} (also {string.Join(", ", citation.AlsoCarriedBy)})";
        return $"{citation.Title} · {outlets} · {DisplayFormat.Date(citation.Published)}";
    }
}
