using System.ComponentModel.DataAnnotations;

namespace NewsBot.Ingestion.Analysis;

/// <summary>Bounds on analysing one article (sentences, passages, stated dates), bound from the <c>Analysis</c> configuration section.</summary>
public sealed class AnalysisOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Analysis";

    /// <summary>
    /// Longest analysis of one article; a slower one is given up and the article skipped with its reason, and the run
    /// goes on. A backstop: analysis is linear in the text's size, so a 10 MB text takes a few seconds. Default 60 seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Analysis:Timeout must be between 00:00:01 and 01:00:00.")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);
}
