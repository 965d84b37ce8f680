namespace NewsBot.Core.Sources;

/// <summary>How a source's articles are brought into the index.</summary>
public enum RefreshMode
{
    /// <summary>Add new articles and update changed ones; articles the source no longer offers stay (news does not un-happen).</summary>
    Incremental,

    /// <summary>Make the index hold exactly what the source offers now: articles it no longer offers are removed.</summary>
    Full,
}
