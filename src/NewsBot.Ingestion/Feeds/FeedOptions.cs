using System.ComponentModel.DataAnnotations;
using NewsBot.Ingestion.Text;

namespace NewsBot.Ingestion.Feeds;

/// <summary>How feeds and the pages behind their links are fetched, bound from the <c>Feeds</c> configuration section.</summary>
public sealed class FeedOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Feeds";

    /// <summary>
    /// Largest response (after decompression) read from a feed or page; a larger one ends that read with a reason.
    /// Default 5 MB (5,242,880 bytes).
    /// </summary>
    [Range(1024, int.MaxValue, ErrorMessage = "Feeds:MaxResponseBytes must be between 1024 and 2147483647.")]
    public int MaxResponseBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Most items read from one feed; the first ones are read and the rest reported as skipped. Default 500.</summary>
    [Range(1, 100_000, ErrorMessage = "Feeds:MaxItems must be between 1 and 100000.")]
    public int MaxItems { get; set; } = 500;

    /// <summary>Longest wait for one feed or page, retries included. Default 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "01:00:00", ErrorMessage = "Feeds:Timeout must be between 00:00:00.1 and 01:00:00.")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Most requests in flight at once, across all feed sources and their pages. Default 4.</summary>
    [Range(1, 64, ErrorMessage = "Feeds:MaxConcurrentRequests must be between 1 and 64.")]
    public int MaxConcurrentRequests { get; set; } = 4;

    /// <summary>Most redirects followed for one request; a longer chain (a loop) ends the read. Default 5.</summary>
    [Range(0, 20, ErrorMessage = "Feeds:MaxRedirects must be between 0 and 20.")]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Whether items that carry only a summary get the readable text of the page behind their link. Default true.</summary>
    public bool FetchPages { get; set; } = true;

    /// <summary>
    /// Most article pages fetched in one read of a feed; items beyond it keep their summary this time and get their page
    /// on a later read (pages already read are remembered). Default 100.
    /// </summary>
    [Range(0, 100_000, ErrorMessage = "Feeds:MaxPagesPerRead must be between 0 and 100000.")]
    public int MaxPagesPerRead { get; set; } = 100;

    /// <summary>
    /// Failed page fetches after which one read stops fetching pages (the outlet's site is down: waiting on each of its
    /// pages would hold request slots other sources need). Default 5.
    /// </summary>
    [Range(1, 1000, ErrorMessage = "Feeds:MaxPageFailuresPerRead must be between 1 and 1000.")]
    public int MaxPageFailuresPerRead { get; set; } = 5;

    /// <summary>
    /// An item without full content (no <c>content:encoded</c> or Atom <c>content</c>) whose description is shorter
    /// than this many characters is a summary, and its page is fetched. Default 1000.
    /// </summary>
    [Range(0, 1_000_000, ErrorMessage = "Feeds:SummaryMaxChars must be between 0 and 1000000.")]
    public int SummaryMaxChars { get; set; } = 1000;

    /// <summary>Retries of a request after a transient failure (connection error, 408, 429, 5xx). Default 3.</summary>
    [Range(0, 10, ErrorMessage = "Feeds:Retries must be between 0 and 10.")]
    public int Retries { get; set; } = 3;

    /// <summary>Delay before the first retry; later ones back off exponentially (with jitter). Default 2 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00", ErrorMessage = "Feeds:RetryDelay must be between 00:00:00 and 00:05:00.")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Whether item pages and redirects may reach private networks (loopback, RFC 1918, link-local and the like) on any
    /// host. The configured feed address itself, its own host and each source's <c>AllowedHosts</c> are always allowed.
    /// Default false: a feed cannot make the bot fetch internal pages and quote them.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>Most elements an item's HTML or its page may hold; a larger one is refused before parsing. Default 50,000.</summary>
    [Range(100, 10_000_000, ErrorMessage = "Feeds:MaxHtmlElements must be between 100 and 10000000.")]
    public int MaxHtmlElements { get; set; } = 50_000;

    /// <summary>Deepest nesting of elements in an item's HTML or its page; a deeper one is refused before parsing. Default 256.</summary>
    [Range(16, 100_000, ErrorMessage = "Feeds:MaxHtmlDepth must be between 16 and 100000.")]
    public int MaxHtmlDepth { get; set; } = 256;

    /// <summary>Longest wait for the readable text of one page; a slower page keeps its item's summary. Default 10 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "00:10:00", ErrorMessage = "Feeds:HtmlExtractionTimeout must be between 00:00:00.1 and 00:10:00.")]
    public TimeSpan HtmlExtractionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The HTML bounds above, as the HTML reader takes them.</summary>
    internal HtmlLimits HtmlLimits => new(MaxHtmlElements, MaxHtmlDepth, HtmlExtractionTimeout, SectionName);

    /// <summary>The <c>User-Agent</c> sent with every request. Default <c>NewsBot/1.0 (feed reader)</c>.</summary>
    [Required(ErrorMessage = "Feeds:UserAgent must not be empty.")]
    public string UserAgent { get; set; } = "NewsBot/1.0 (feed reader)";
}
