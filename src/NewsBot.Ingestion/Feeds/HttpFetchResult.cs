namespace NewsBot.Ingestion.Feeds;

/// <summary>The outcome of one fetch: a body, "not modified", or a reason it failed. Failures are values, not exceptions.</summary>
internal sealed record HttpFetchResult
{
    /// <summary>The body read, when the fetch succeeded.</summary>
    public byte[]? Body { get; init; }

    /// <summary>The address the body came from after redirects: the base for relative links.</summary>
    public Uri? FinalUrl { get; init; }

    /// <summary>The charset the <c>Content-Type</c> header names, when any.</summary>
    public string? Charset { get; init; }

    /// <summary>Validators for the next conditional request.</summary>
    public FeedValidators? Validators { get; init; }

    /// <summary>The server answered 304: nothing changed since the validators sent.</summary>
    public bool NotModified { get; init; }

    /// <summary>
    /// How long the server asked to be left alone (<c>Retry-After</c> on a 429 or 503), when it asked: the scheduler
    /// waits at least this long, within its bound, before the next attempt.
    /// </summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>One sentence saying why the fetch failed.</summary>
    public string? Failure { get; init; }

    public static HttpFetchResult Failed(string reason) => new() { Failure = reason };
}
