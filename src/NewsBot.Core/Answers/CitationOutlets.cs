using NewsBot.Core.Formatting;

namespace NewsBot.Core.Answers;

/// <summary>
/// Who a cited story comes from, worded alike by every front end: the outlet with its source's label, then the outlets
/// that also carried the story with theirs where known, the rest counted:
/// <c>Reuters (Lean Left), also carried by AP News (Center), BBC, NPR and 2 more</c>. A front end says only how each
/// name or label is shown (escaped, cut) and what an article without an outlet is called.
/// </summary>
public static class CitationOutlets
{
    /// <summary>Other carriers named; the rest are counted ("and 4 more"), so a wire story stays one line.</summary>
    public const int ShownCarriers = 3;

    /// <summary>
    /// The outlets line of <paramref name="citation"/>, with <paramref name="noOutlet"/> for an article that names no
    /// outlet and every name and label passed through <paramref name="show"/>.
    /// </summary>
    public static string Line(Citation citation, string noOutlet, Func<string, OutletPart, string> show)
    {
        ArgumentNullException.ThrowIfNull(citation);
        ArgumentNullException.ThrowIfNull(noOutlet);
        ArgumentNullException.ThrowIfNull(show);
        var outlet = Labelled(show(citation.Outlet ?? noOutlet, OutletPart.Outlet), citation.Label, show);
        if (citation.AlsoCarriedBy.Count == 0)
        {
            return outlet;
        }

        var carriers = citation.AlsoCarriedBy.Take(ShownCarriers)
            .Select(carrier => Labelled(show(carrier, OutletPart.Carrier), citation.CarrierLabels.GetValueOrDefault(carrier), show));
        var more = citation.AlsoCarriedBy.Count - ShownCarriers;
        return $"{outlet}, also carried by {string.Join(", ", carriers)}{(more > 0 ? $" and {DisplayFormat.Count(more)} more" : string.Empty)}";
    }

    private static string Labelled(string shownOutlet, string? label, Func<string, OutletPart, string> show)
        => string.IsNullOrWhiteSpace(label) ? shownOutlet : $"{shownOutlet} ({show(label.Trim(), OutletPart.Label)})";
}
