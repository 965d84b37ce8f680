using System.Collections.Concurrent;
using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsBot.Testing.Http;

/// <summary>
/// A web server on 127.0.0.1 or another loopback address (a free port) that answers each path with a scripted <see cref="ServedResponse"/>:
/// feeds, article pages and the failures real servers produce. Paths can be re-scripted while it runs (a story
/// added to a feed), and every request is logged so tests can check what a client sent and how often.
/// Unscripted paths answer 404.
/// </summary>
public sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Script> _scripts = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ServedRequest> _requests = new();

    private LoopbackHttpServer(WebApplication app) => _app = app;

    /// <summary>Root address, for example <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Every request received so far, in arrival order.</summary>
    public IReadOnlyList<ServedRequest> Requests => [.. _requests];

    /// <summary>Starts a server on a free port of 127.0.0.1.</summary>
    public static Task<LoopbackHttpServer> StartAsync(CancellationToken cancellationToken = default) =>
        StartAsync("127.0.0.1", cancellationToken);

    /// <summary>
    /// Starts a server on a free port of another loopback address (127.0.0.2, 127.0.0.3 are loopback on Linux): a
    /// second "host" for tests of what may be fetched from where.
    /// </summary>
    public static async Task<LoopbackHttpServer> StartAsync(string loopbackAddress, CancellationToken cancellationToken = default)
    {
        if (!System.Net.IPAddress.TryParse(loopbackAddress, out var parsed) || !System.Net.IPAddress.IsLoopback(parsed))
        {
            throw new ArgumentException($"{loopbackAddress} is not a loopback address.", nameof(loopbackAddress));
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://{loopbackAddress}:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new LoopbackHttpServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>The absolute URL of a path on this server.</summary>
    public Uri Url(string path) => new(BaseAddress, path.TrimStart('/'));

    /// <summary>Answers <paramref name="path"/> with <paramref name="response"/> from now on (replacing any earlier script).</summary>
    public void Serve(string path, ServedResponse response) => ServeSequence(path, response);

    /// <summary>Answers the first requests of <paramref name="path"/> with the responses in order; the last one repeats.</summary>
    public void ServeSequence(string path, params ServedResponse[] responses)
    {
        ArgumentOutOfRangeException.ThrowIfZero(responses.Length);
        _scripts[Normalize(path)] = new Script(responses);
    }

    /// <summary>How many requests <paramref name="path"/> received.</summary>
    public int RequestCount(string path) => _requests.Count(r => r.Path == Normalize(path));

    /// <summary>The requests <paramref name="path"/> received, in order.</summary>
    public IReadOnlyList<ServedRequest> RequestsFor(string path) => [.. _requests.Where(r => r.Path == Normalize(path))];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static string Normalize(string path) => "/" + path.TrimStart('/');

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = _scripts.TryGetValue(request.Path.Value ?? "/", out var script)
            ? script.Next()
            : ServedResponse.StatusCode(404, "Not Found");
        var status = IsNotModified(request, response) ? StatusCodes.Status304NotModified : response.Status;
        _requests.Enqueue(new ServedRequest(
            request.Method,
            request.Path.Value ?? "/",
            request.QueryString.Value ?? string.Empty,
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            status));

        var aborted = context.RequestAborted;
        try
        {
            if (response.Delay > TimeSpan.Zero)
            {
                await Task.Delay(response.Delay, aborted).ConfigureAwait(false);
            }

            await WriteAsync(context, response, status, aborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client gave up (a timeout or a size cap): that is the behaviour under test, not a server fault.
        }
        catch (IOException) when (aborted.IsCancellationRequested)
        {
        }
    }

    private static bool IsNotModified(HttpRequest request, ServedResponse response)
    {
        if (response.Status != StatusCodes.Status200OK)
        {
            return false;
        }

        if (response.ETag is { } etag && request.Headers.IfNoneMatch.Count > 0)
        {
            return request.Headers.IfNoneMatch.ToString().Split(',').Any(t => t.Trim() == etag || t.Trim() == "*");
        }

        return response.LastModified is { } modified
            && DateTimeOffset.TryParse(request.Headers.IfModifiedSince.ToString(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var since)
            && TruncateToSeconds(modified) <= since;
    }

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset time) => time.AddTicks(-(time.Ticks % TimeSpan.TicksPerSecond));

    private static async Task WriteAsync(HttpContext context, ServedResponse response, int status, CancellationToken aborted)
    {
        var http = context.Response;
        http.StatusCode = status;
        foreach (var (name, value) in response.Headers)
        {
            http.Headers[name] = value;
        }

        if (response.ETag is { } etag)
        {
            http.Headers.ETag = etag;
        }

        if (response.LastModified is { } modified)
        {
            http.Headers.LastModified = modified.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        }

        if (status == StatusCodes.Status304NotModified)
        {
            return;
        }

        if (response.ContentType is { } contentType)
        {
            http.ContentType = contentType;
        }

        if (response.StreamedBytes is { } streamed)
        {
            await StreamAsync(http, response, streamed, aborted).ConfigureAwait(false);
            return;
        }

        var body = response.Body;
        if (response.Gzip || response.Deflate)
        {
            body = Compress(body, response.Gzip);
            http.Headers.ContentEncoding = response.Gzip ? "gzip" : "deflate";
        }

        http.ContentLength = body.Length;
        await http.Body.WriteAsync(body, aborted).ConfigureAwait(false);
    }

    private static async Task StreamAsync(HttpResponse http, ServedResponse response, long fillerBytes, CancellationToken aborted)
    {
        if (response.DeclareStreamedLength)
        {
            http.ContentLength = response.Body.Length + fillerBytes;
        }

        await http.Body.WriteAsync(response.Body, aborted).ConfigureAwait(false);
        var chunk = new byte[64 * 1024];
        Array.Fill(chunk, (byte)' ');
        for (var left = fillerBytes; left > 0; left -= chunk.Length)
        {
            await http.Body.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, left)), aborted).ConfigureAwait(false);
        }
    }

    private static byte[] Compress(byte[] body, bool gzip)
    {
        using var output = new MemoryStream();
        using (Stream compressor = gzip ? new GZipStream(output, CompressionLevel.Fastest) : new ZLibStream(output, CompressionLevel.Fastest))
        {
            compressor.Write(body);
        }

        return output.ToArray();
    }

    /// <summary>The responses scripted for one path, answered in order with the last one repeating.</summary>
    private sealed class Script(ServedResponse[] responses)
    {
        private int _next = -1;

        public ServedResponse Next() => responses[Math.Min(Interlocked.Increment(ref _next), responses.Length - 1)];
    }
}
