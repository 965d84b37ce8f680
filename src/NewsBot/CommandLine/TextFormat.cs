using NewsBot.Core.Answers;
using NewsBot.Core.Formatting;
using NewsBot.Core.Indexing;

namespace NewsBot.CommandLine;

/// <summary>Small formatting rules shared by the plain-text printers.</summary>
internal static class TextFormat
{
    /// <summary>Other carriers named in a citation; the rest are counted ("and 4 more").</summary>
    public const int ShownCarriers = 3;

    /// <summary>An outlet's name, or the one wording used everywhere for an article that names none.</summary>
    public static string Outlet(string? outlet) => outlet ?? OutletStats.NoOutlet;

    /// <summary>The citation line: headline · outlet (label), also carried by X (label), Y · date.</summary>
    public static string Citation(Citation citation) => $"{citation.Title} · {Outlets(citation)} · {DisplayFormat.Date(citation.Published)}";

    /// <summary>
    /// The outlet with the source's label, then the outlets that also carried the story with theirs where known:
    /// <c>Reuters (Lean Left), also carried by AP News (Center), BBC</c>.
    /// </summary>
    public static string Outlets(Citation citation)
    {
        var outlet = Labelled(Outlet(citation.Outlet), citation.Label);
        if (citation.AlsoCarriedBy.Count == 0)
        {
            return outlet;
        }

        var carriers = citation.AlsoCarriedBy.Take(ShownCarriers).Select(carrier => Labelled(carrier, citation.CarrierLabels.GetValueOrDefault(carrier)));
        var more = citation.AlsoCarriedBy.Count - ShownCarriers;
        return $"{outlet}, also carried by {string.Join(", ", carriers)}{(more > 0 ? $" and {Plural.Number(more)} more" : string.Empty)}";
    }

    private static string Labelled(string outlet, string? label) => string.IsNullOrWhiteSpace(label) ? outlet : $"{outlet} ({label.Trim()})";
}
