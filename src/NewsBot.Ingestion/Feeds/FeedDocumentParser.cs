using System.Text;
using System.Xml;
using System.Xml.Linq;
using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Parser;

namespace NewsBot.Ingestion.Feeds;

/// <summary>
/// Parses a feed document's bytes with CodeHollow.FeedReader, after sniffing them: what a server calls the content
/// (text/html for XML is common) is ignored, and an HTML page served in place of a feed is named as such.
/// </summary>
/// <remarks>
/// Library choice: both System.ServiceModel.Syndication and CodeHollow.FeedReader were tried on the messy feeds in the
/// tests. Both read RSS 2.0 and Atom with RFC 822 date variants ("EST", "GMT", numeric offsets, ISO dates), a BOM and
/// a windows-1252 prolog, but SyndicationFeed rejects RSS 1.0/RDF outright ("not an allowed feed format"), which the
/// issue requires, while FeedReader reads RSS 0.91 to 2.0, RDF and Atom, keeps an unparseable date as text instead of
/// throwing, reads the encoding named in the XML prolog, and exposes <c>content:encoded</c> and Dublin Core creators.
/// </remarks>
internal static class FeedDocumentParser
{
    static FeedDocumentParser()
    {
        // Feeds still declare windows-1252 and other legacy code pages, which .NET Core only knows through this provider.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>
    /// Parses <paramref name="document"/>; <paramref name="failure"/> says why when it returns null. The encoding comes
    /// from a BOM, else the XML prolog, else <paramref name="charset"/> (the server's <c>Content-Type</c>), else UTF-8.
    /// </summary>
    public static Feed? Parse(byte[] document, string? charset, string location, out string? failure)
    {
        var sniffed = Sniff(document);
        if (sniffed is not null)
        {
            failure = $"{location} {sniffed}";
            return null;
        }

        try
        {
            failure = null;
            return FeedReader.ReadFromString(WithoutDtd(document, HeaderEncoding(document, charset)));
        }
        catch (XmlException exception) when (exception.Message.Contains("undeclared entity", StringComparison.OrdinalIgnoreCase))
        {
            failure = $"{location} uses entities its DTD declares, and DTDs are never processed (entity expansion could blow up a small feed): {exception.Message}";
        }
        catch (XmlException exception)
        {
            failure = $"{location} is not well-formed XML: {exception.Message}";
        }
        catch (FeedTypeNotSupportedException exception)
        {
            failure = $"{location} is XML but not an RSS or Atom feed ({exception.Message}).";
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or FormatException or InvalidOperationException)
        {
            // An encoding name the runtime does not know, or a document the library cannot map.
            failure = $"{location} could not be read as a feed: {exception.Message}";
        }

        return null;
    }

    /// <summary>
    /// The document read with its DTD ignored (so no entity it declares can expand, and nothing external is loaded) and
    /// written back without it: the feed library parses only that. The encoding comes from a BOM or the prolog, else
    /// <paramref name="headerEncoding"/>.
    /// </summary>
    private static string WithoutDtd(byte[] document, Encoding? headerEncoding)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, CloseInput = true };
        using var reader = headerEncoding is null
            ? XmlReader.Create(new MemoryStream(document), settings)
            : XmlReader.Create(new StreamReader(new MemoryStream(document), headerEncoding), settings);
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace).ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>
    /// The server's charset, when the document itself says nothing: no BOM and no <c>encoding</c> in its prolog
    /// (feeds served as <c>text/xml; charset=iso-8859-1</c> without a declaration are common). Null otherwise.
    /// </summary>
    private static Encoding? HeaderEncoding(byte[] document, string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset) || document is [0xEF, 0xBB, 0xBF, ..] or [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            return null;
        }

        var prolog = Encoding.ASCII.GetString(document, 0, Math.Min(document.Length, 200));
        var end = prolog.IndexOf("?>", StringComparison.Ordinal);
        if (prolog.StartsWith("<?xml", StringComparison.Ordinal) && end > 0 && prolog[..end].Contains("encoding", StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            var encoding = Encoding.GetEncoding(charset.Trim('"', ' '));
            return encoding.CodePage == Encoding.UTF8.CodePage ? null : encoding;
        }
        catch (ArgumentException)
        {
            // An unknown charset name: fall back to what the document says or UTF-8.
            return null;
        }
    }

    /// <summary>Looks at the first characters: an HTML page or something that is not markup at all gets a reason.</summary>
    private static string? Sniff(byte[] document)
    {
        var encoding = document is [0xFF, 0xFE, ..] ? Encoding.Unicode : document is [0xFE, 0xFF, ..] ? Encoding.BigEndianUnicode : Encoding.UTF8;
        var head = encoding.GetString(document, 0, Math.Min(document.Length, 1024)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (head.Length == 0)
        {
            return "is empty, not a feed.";
        }

        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            return "is an HTML page, not an RSS or Atom feed: point the source's Location at the feed's address (often linked from the page as application/rss+xml).";
        }

        if (head[0] != '<')
        {
            return "is not XML, so not an RSS or Atom feed.";
        }

        return null;
    }
}
