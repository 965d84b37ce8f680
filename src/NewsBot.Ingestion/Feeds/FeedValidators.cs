namespace NewsBot.Ingestion.Feeds;

/// <summary>What a server said identifies the version it sent, echoed back in a conditional request.</summary>
/// <param name="ETag">The <c>ETag</c> header, sent back as <c>If-None-Match</c>.</param>
/// <param name="LastModified">The <c>Last-Modified</c> header, sent back as <c>If-Modified-Since</c>.</param>
internal sealed record FeedValidators(string? ETag, DateTimeOffset? LastModified)
{
    public bool IsEmpty => ETag is null && LastModified is null;
}
