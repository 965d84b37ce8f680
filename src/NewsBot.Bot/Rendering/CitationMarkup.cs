using NewsBot.Core.Answers;
using NewsBot.Core.Formatting;
using NewsBot.Core.Indexing;

namespace NewsBot.Bot.Rendering;

/// <summary>Where a quote comes from, as markdown: the headline as a link, the outlet, the date.</summary>
public static class CitationMarkup
{
    /// <summary>Characters of a headline kept in a citation (escaped), so a long lede cannot crowd out the quotes.</summary>
    public const int MaxHeadline = 180;

    /// <summary><c>[Headline](url) · Outlet · 21 Nov 2025</c>, every part from the article escaped.</summary>
    public static string Line(Citation citation, int maxHeadline = MaxHeadline)
    {
        ArgumentNullException.ThrowIfNull(citation);
        return $"{Headline(citation, maxHeadline)} \u00B7 {Outlets(citation)} \u00B7 {DisplayFormat.Date(citation.Published)}";
    }

    /// <summary>The headline, linked when the article has a web address and <paramref name="link"/> allows.</summary>
    public static string Headline(Citation citation, int maxHeadline = MaxHeadline, bool link = true)
    {
        ArgumentNullException.ThrowIfNull(citation);
        var title = TextCut.Escaped(citation.Title.Length == 0 ? "(untitled)" : citation.Title, maxHeadline);
        return link && SafeUrl(citation.Url) is { } url ? $"[{title}]({url})" : title;
    }

    // Characters of a source's label kept, escaped: a label is a short rating, not a sentence.
    private const int MaxLabel = 60;

    /// <summary>
    /// The outlet with the source's label, then the outlets that also carried the story with theirs where known, escaped:
    /// <c>Reuters</c>, <c>Reuters (Lean Left)</c>, <c>Reuters (Lean Left), also carried by AP News (Center), BBC</c>; the
    /// outlet cut at <paramref name="maxOutlet"/> characters, each other carrier at half that.
    /// </summary>
    public static string Outlets(Citation citation, int maxOutlet = 100)
    {
        ArgumentNullException.ThrowIfNull(citation);
        return CitationOutlets.Line(citation, OutletStats.NoOutlet, (text, part) => TextCut.Escaped(text, part switch
        {
            OutletPart.Outlet => maxOutlet,
            OutletPart.Carrier => maxOutlet / 2,
            _ => MaxLabel,
        }));
    }

    /// <summary>
    /// An http(s) address safe inside a markdown link: absolute, no spaces, parentheses and angle brackets
    /// percent-encoded so an address cannot end the link early, the host in punycode (so a look-alike letter from
    /// another script shows as <c>xn--</c>); null for anything else, and for an address with a user-info part
    /// (<c>https://trusted.example@evil.example/</c> reads as the first host but goes to the second).
    /// </summary>
    public static string? SafeUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.UserInfo.Length > 0)
        {
            return null;
        }

        var ascii = new UriBuilder(uri) { Host = uri.IdnHost }.Uri;
        var text = ascii.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)
            .Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal);
        return text.Length <= 512 ? text : null;
    }
}
