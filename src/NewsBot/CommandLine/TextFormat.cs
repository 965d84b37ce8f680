using NewsBot.Core.Answers;
using NewsBot.Core.Formatting;
using NewsBot.Core.Indexing;

namespace NewsBot.CommandLine;

/// <summary>Small formatting rules shared by the plain-text printers.</summary>
internal static class TextFormat
{
    /// <summary>An outlet's name, or the one wording used everywhere for an article that names none.</summary>
    public static string Outlet(string? outlet) => outlet ?? OutletStats.NoOutlet;

    /// <summary>The citation line: headline · outlet (label), also carried by X (label), Y · date.</summary>
    public static string Citation(Citation citation) => $"{citation.Title} · {Outlets(citation)} · {DisplayFormat.Date(citation.Published)}";

    /// <summary>
    /// The outlet with the source's label, then the outlets that also carried the story with theirs where known:
    /// <c>Reuters (Lean Left), also carried by AP News (Center), BBC</c>.
    /// </summary>
    public static string Outlets(Citation citation) => CitationOutlets.Line(citation, OutletStats.NoOutlet, static (text, _) => text);
}
