namespace NewsBot.Ingestion.Sources;

/// <summary>The configured sources, bound from the top-level <c>Sources</c> list.</summary>
public sealed class SourcesOptions
{
    /// <summary>The configuration section (a list).</summary>
    public const string SectionName = "Sources";

    /// <summary>The sample folder every installation starts with.</summary>
    public static SourceOptions Samples { get; } = new() { Name = "samples", Kind = SourceKind.Folder, Location = "index/articles" };

    /// <summary>The sources in configuration order. When configuration names none, <see cref="Samples"/> is used.</summary>
    public List<SourceOptions> Items { get; set; } = [];
}
