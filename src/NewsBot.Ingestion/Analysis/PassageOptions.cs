using System.ComponentModel.DataAnnotations;

namespace NewsBot.Ingestion.Analysis;

/// <summary>How articles are cut into passages, bound from the <c>Passages</c> configuration section.</summary>
public sealed class PassageOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Passages";

    /// <summary>Most sentences in one passage. Default 3.</summary>
    [Range(1, 20, ErrorMessage = "Passages:MaxSentences must be between 1 and 20.")]
    public int MaxSentences { get; set; } = 3;

    /// <summary>Most characters in one passage; a single longer sentence still makes a passage of its own. Default 700.</summary>
    [Range(50, 20_000, ErrorMessage = "Passages:MaxCharacters must be between 50 and 20000.")]
    public int MaxCharacters { get; set; } = 700;

    /// <summary>A paragraph of one sentence shorter than this (a dateline, a subheading) joins the next paragraph's first passage. Default 80.</summary>
    [Range(0, 1_000, ErrorMessage = "Passages:ShortSentenceCharacters must be between 0 and 1000.")]
    public int ShortSentenceCharacters { get; set; } = 80;
}
