using System.Globalization;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;

namespace NewsBot.CommandLine;

/// <summary>Small formatting rules shared by the plain-text printers.</summary>
internal static class TextFormat
{
    /// <summary>A date as people read it in a citation: <c>21 Nov 2025</c>, or "undated".</summary>
    public static string Date(DateTimeOffset? published)
        => published?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "undated";

    /// <summary>A day as in lists: <c>2025-11-21</c>.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An outlet's name, or the one wording used everywhere for an article that names none.</summary>
    public static string Outlet(string? outlet) => outlet ?? OutletStats.NoOutlet;

    /// <summary>The citation line: headline · outlet · date.</summary>
    public static string Citation(Citation citation)
    {
        var outlets = citation.AlsoCarriedBy.Count == 0
            ? Outlet(citation.Outlet)
            : $"{Outlet(citation.Outlet)} (also {string.Join(", ", citation.AlsoCarriedBy)})";
        return $"{citation.Title} · {outlets} · {Date(citation.Published)}";
    }
}
