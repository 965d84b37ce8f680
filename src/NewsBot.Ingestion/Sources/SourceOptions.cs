using System.ComponentModel.DataAnnotations;

namespace NewsBot.Ingestion.Sources;

/// <summary>One configured source: an item of the <c>Sources</c> list in configuration.</summary>
public sealed class SourceOptions
{
    /// <summary>Unique name, used by <c>reindex --source NAME</c> and in reports. Required.</summary>
    [Required(ErrorMessage = "Every item of Sources needs a Name.")]
    public string Name { get; set; } = string.Empty;

    /// <summary><c>folder</c> or <c>feed</c>. Default folder.</summary>
    public SourceKind Kind { get; set; } = SourceKind.Folder;

    /// <summary>A folder path (relative to the working directory) or a feed URL. Required.</summary>
    [Required(ErrorMessage = "Every item of Sources needs a Location (a folder path or a feed URL).")]
    public string Location { get; set; } = string.Empty;

    /// <summary>Display name of the outlet, used when an article does not name its own. Optional.</summary>
    public string? Outlet { get; set; }

    /// <summary>A label the operator assigns, for example the outlet's lean as rated by a named service. Optional.</summary>
    public string? Label { get; set; }

    /// <summary>
    /// Hosts besides the feed's own that this feed's item pages and redirects may reach at a private address (an
    /// intranet mirror, say); public addresses need no entry. Default none.
    /// </summary>
    public IList<string> AllowedHosts { get; } = new List<string>();

    /// <summary>Minutes between scheduled refreshes of this source. Default: the refresh service's interval (15).</summary>
    [Range(1, 7 * 24 * 60)]
    public int? RefreshMinutes { get; set; }

    /// <summary>
    /// For a feed: how many days after its published date an article that has left the feed stays indexed. Default: for
    /// ever (a feed is an archive; what it once offered is kept through refreshes and rebuilds). Ignored for folders,
    /// whose files are their own archive.
    /// </summary>
    [Range(1, 36_500, ErrorMessage = "Sources:N:KeepDays must be between 1 and 36500 (or left out to keep articles for ever).")]
    public int? KeepDays { get; set; }
}
