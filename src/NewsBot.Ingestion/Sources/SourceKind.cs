namespace NewsBot.Ingestion.Sources;

/// <summary>What a configured source is.</summary>
public enum SourceKind
{
    /// <summary>A folder of article files, read recursively.</summary>
    Folder,

    /// <summary>An RSS or Atom feed at a URL (or a feed file), with the pages behind its links.</summary>
    Feed,
}
