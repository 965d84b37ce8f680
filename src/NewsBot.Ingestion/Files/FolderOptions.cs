using System.ComponentModel.DataAnnotations;
using NewsBot.Ingestion.Text;

namespace NewsBot.Ingestion.Files;

/// <summary>Bounds on what a folder source reads, bound from the <c>Folders</c> configuration section.</summary>
public sealed class FolderOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Folders";

    /// <summary>
    /// Largest article file read, checked before reading and again while reading (a file that grows meanwhile is
    /// stopped too); a larger one is skipped with its reason. Default 10 MB (10,485,760 bytes).
    /// </summary>
    [Range(1024, int.MaxValue, ErrorMessage = "Folders:MaxFileBytes must be between 1024 and 2147483647.")]
    public int MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Deepest folder walked below a source's folder; deeper folders are reported and not read. Default 32.</summary>
    [Range(1, 1000, ErrorMessage = "Folders:MaxDepth must be between 1 and 1000.")]
    public int MaxDepth { get; set; } = 32;

    /// <summary>Most files read from one folder source, in path order; the rest are reported. Default 200,000.</summary>
    [Range(1, 10_000_000, ErrorMessage = "Folders:MaxFiles must be between 1 and 10000000.")]
    public int MaxFiles { get; set; } = 200_000;

    /// <summary>Largest YAML front matter of a <c>.md</c> file, in characters; a larger one skips the file. Default 65,536.</summary>
    [Range(256, 10 * 1024 * 1024, ErrorMessage = "Folders:MaxFrontMatterChars must be between 256 and 10485760.")]
    public int MaxFrontMatterChars { get; set; } = 64 * 1024;

    /// <summary>Most elements a saved <c>.html</c> page may hold; a larger one is skipped before parsing. Default 50,000.</summary>
    [Range(100, 10_000_000, ErrorMessage = "Folders:MaxHtmlElements must be between 100 and 10000000.")]
    public int MaxHtmlElements { get; set; } = 50_000;

    /// <summary>Deepest nesting of elements in a saved <c>.html</c> page; a deeper one is skipped before parsing. Default 256.</summary>
    [Range(16, 100_000, ErrorMessage = "Folders:MaxHtmlDepth must be between 16 and 100000.")]
    public int MaxHtmlDepth { get; set; } = 256;

    /// <summary>Longest wait for the readable text of one saved page; a slower one is skipped. Default 10 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "00:10:00", ErrorMessage = "Folders:HtmlExtractionTimeout must be between 00:00:00.1 and 00:10:00.")]
    public TimeSpan HtmlExtractionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The HTML bounds above, as the HTML reader takes them.</summary>
    internal HtmlLimits HtmlLimits => new(MaxHtmlElements, MaxHtmlDepth, HtmlExtractionTimeout, SectionName);
}
