using NewsBot.Core.Answers;
using NewsBot.Core.Formatting;

namespace NewsBot.CommandLine;

/// <summary>Small formatting rules shared by the plain-text printers.</summary>
internal static class TextFormat
{
    /// <summary>The citation line: headline · outlet · date.</summary>
    public static string Citation(Citation citation)
    {
        var outlets = citation.AlsoCarriedBy.Count == 0
            ? citation.Outlet ?? "unknown outlet"
            : $"{citation.Outlet ?? "unknown outlet"} (also {string.Join(", ", citation.AlsoCarriedBy)})";
        return $"{citation.Title} · {outlets} · {DisplayFormat.Date(citation.Published)}";
    }
}
