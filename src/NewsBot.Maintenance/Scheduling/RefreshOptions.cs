using System.ComponentModel.DataAnnotations;

namespace NewsBot.Maintenance.Scheduling;

/// <summary>The scheduled refresh of configured sources, bound from the <c>Refresh</c> configuration section.</summary>
public sealed class RefreshOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Refresh";

    /// <summary>Whether the background service refreshes sources at all. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Minutes between refreshes of a source that sets no <c>RefreshMinutes</c> of its own. Default 15.</summary>
    [Range(1, 7 * 24 * 60, ErrorMessage = "Refresh:IntervalMinutes must be between 1 and 10080 (a week).")]
    public int IntervalMinutes { get; set; } = 15;

    /// <summary>
    /// Longest wait before retrying a source that keeps failing; the wait doubles with each failure in a row, from
    /// twice the source's interval, up to this. Default 360 (6 hours).
    /// </summary>
    [Range(1, 7 * 24 * 60, ErrorMessage = "Refresh:MaxBackoffMinutes must be between 1 and 10080 (a week).")]
    public int MaxBackoffMinutes { get; set; } = 360;

    /// <summary>
    /// The JSON file that keeps each source's refresh status for <c>newsbot sources</c> and <c>/sources</c>.
    /// Default: <c>sources-status.json</c> inside the index folder (<c>Index:Path</c>, itself <c>index/lucene</c> by
    /// default, so <c>index/lucene/sources-status.json</c>), beside the generations it describes.
    /// </summary>
    public string? StatusPath { get; set; }

    /// <summary>
    /// Cores the sentence-vector pass after a rebuild or refresh may use, wherever it is started. Default 0: every core
    /// in a command (<c>reindex</c>, <c>eval</c>), all but one in <c>serve</c>, so questions are answered meanwhile.
    /// </summary>
    [Range(0, 1024, ErrorMessage = "Refresh:VectorCores must be between 0 (automatic) and 1024.")]
    public int VectorCores { get; set; }
}
