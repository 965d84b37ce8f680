namespace NewsBot.Core.Sources;

/// <summary>How a source's articles are brought into the index.</summary>
public enum RefreshMode
{
    /// <summary>Add new articles and update changed ones; articles the source no longer offers stay (news does not un-happen).</summary>
    Incremental,

    /// <summary>
    /// Make the index hold exactly what the source offers now: articles it no longer offers are removed, unless that
    /// is more than half of the source's indexed articles (an emptied or misconfigured source reads as "no articles",
    /// which is no reason to delete them) and the caller did not allow the index to shrink; they are then kept and the
    /// refusal reported.
    /// </summary>
    Full,

    /// <summary>
    /// As <see cref="Full"/>, and for an archive (a feed) too: what it no longer offers is removed, which otherwise stays
    /// until its retention passes. Only an operator's explicit prune asks for this (<c>newsbot reindex --prune</c>).
    /// </summary>
    Prune,
}
