using System.Text;

namespace NewsBot.Testing.Http;

/// <summary>
/// One scripted answer of <see cref="LoopbackHttpServer"/>: status, body, headers, and the ways real servers
/// misbehave (gzip without being asked twice, wrong content types, slow answers, endless bodies, redirects).
/// </summary>
public sealed record ServedResponse
{
    /// <summary>HTTP status code. Default 200.</summary>
    public int Status { get; init; } = 200;

    /// <summary>The body bytes, sent as they are (or gzip/deflate-compressed when asked).</summary>
    public byte[] Body { get; init; } = [];

    /// <summary>The <c>Content-Type</c> header, when any.</summary>
    public string? ContentType { get; init; }

    /// <summary>Extra response headers.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Compresses the body with gzip and says so in <c>Content-Encoding</c>.</summary>
    public bool Gzip { get; init; }

    /// <summary>Compresses the body with deflate (zlib) and says so in <c>Content-Encoding</c>.</summary>
    public bool Deflate { get; init; }

    /// <summary>An entity tag: sent as <c>ETag</c>, and a request whose <c>If-None-Match</c> carries it gets a 304.</summary>
    public string? ETag { get; init; }

    /// <summary>Sent as <c>Last-Modified</c>; a request whose <c>If-Modified-Since</c> is not older gets a 304.</summary>
    public DateTimeOffset? LastModified { get; init; }

    /// <summary>Waits this long before answering (the wait ends when the client gives up).</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>When set, streams this many bytes of filler after <see cref="Body"/> (for responses too big to read).</summary>
    public long? StreamedBytes { get; init; }

    /// <summary>Whether a streamed body announces its length in <c>Content-Length</c>. Default false (chunked).</summary>
    public bool DeclareStreamedLength { get; init; }

    /// <summary>A text body in UTF-8.</summary>
    public static ServedResponse Text(string body, string contentType = "application/rss+xml; charset=utf-8") =>
        new() { Body = Encoding.UTF8.GetBytes(body), ContentType = contentType };

    /// <summary>A body given as bytes (a BOM, another encoding).</summary>
    public static ServedResponse Bytes(byte[] body, string contentType = "application/rss+xml") =>
        new() { Body = body, ContentType = contentType };

    /// <summary>An HTML page.</summary>
    public static ServedResponse Html(string html) => Text(html, "text/html; charset=utf-8");

    /// <summary>A bare status with a short text body.</summary>
    public static ServedResponse StatusCode(int status, string body = "") =>
        new() { Status = status, Body = Encoding.UTF8.GetBytes(body), ContentType = "text/plain; charset=utf-8" };

    /// <summary>A redirect to <paramref name="location"/> (absolute, or a path on this server).</summary>
    public static ServedResponse Redirect(string location, int status = 302) =>
        new() { Status = status, Headers = new Dictionary<string, string> { ["Location"] = location } };
}
