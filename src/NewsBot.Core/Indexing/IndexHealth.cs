namespace NewsBot.Core.Indexing;

/// <summary>Whether the index on disk can answer questions.</summary>
public enum IndexHealth
{
    /// <summary>Present and readable.</summary>
    Ready,

    /// <summary>Never built at the configured path.</summary>
    Missing,

    /// <summary>Present but unreadable; it must be rebuilt from the sources.</summary>
    Corrupt,
}
