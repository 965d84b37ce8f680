using System.Globalization;
using System.Net;
using NewsBot.Ingestion.Urls;
using Polly.Timeout;

namespace NewsBot.Ingestion.Feeds;

/// <summary>
/// Fetches one feed or page within the configured bounds: a shared cap on requests in flight, a timeout that covers
/// headers and body, a size cap enforced while streaming (a server that lies about or omits its length is still
/// stopped), and conditional requests. Retries, decompression and redirects come from the HttpClient's handlers
/// (see <see cref="FeedsServiceCollectionExtensions"/>). Every expected failure becomes a reason, never an exception.
/// </summary>
internal sealed class FeedHttpFetcher(HttpClient httpClient, FeedOptions options, FeedRequestLimiter limiter, TimeProvider timeProvider)
{
    public const string FeedAccept = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";
    public const string PageAccept = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

    /// <summary>
    /// Fetches <paramref name="url"/>, following redirects here, each hop checked against <paramref name="policy"/>
    /// (the first one too unless <paramref name="trustFirstHop"/>: the operator's own feed address is trusted as given).
    /// </summary>
    public async Task<HttpFetchResult> FetchAsync(
        Uri url, string accept, FeedValidators? validators, FetchPolicy policy, bool trustFirstHop, CancellationToken cancellationToken)
    {
        using var slot = await limiter.EnterAsync(cancellationToken).ConfigureAwait(false);
        using var timeout = new CancellationTokenSource(options.Timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var current = url;
        try
        {
            for (var hop = 0; ; hop++)
            {
                var hopPolicy = hop == 0 && trustFirstHop ? FetchPolicy.Unchecked : policy;
                // Checked before sending as well as at connect time: a pooled connection opened for a trusted request
                // to the same host would otherwise carry this one without a new check.
                await GuardedConnector.AllowedAddressesAsync(current.IdnHost, hopPolicy, linked.Token).ConfigureAwait(false);
                using var request = CreateRequest(current, accept, validators);
                request.Options.Set(FetchPolicy.Key, hopPolicy);
                using var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
                if (!IsRedirect(response.StatusCode))
                {
                    return await ReadResponseAsync(current, response, validators, linked.Token).ConfigureAwait(false);
                }

                var next = NextHop(current, response.Headers.Location, out var refusal);
                if (next is null)
                {
                    return HttpFetchResult.Failed(refusal!);
                }

                if (hop >= options.MaxRedirects)
                {
                    return HttpFetchResult.Failed(
                        $"{Show(url)} redirects more than {options.MaxRedirects} times (Feeds:MaxRedirects), last to {Show(next)}: a redirect loop or a moved feed.");
                }

                current = next;
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HttpFetchResult.Failed($"No complete answer from {Show(url)} within {Seconds(options.Timeout)} (Feeds:Timeout).");
        }
        catch (TimeoutRejectedException)
        {
            return HttpFetchResult.Failed($"No complete answer from {Show(url)} within {Seconds(options.Timeout)} (Feeds:Timeout).");
        }
        catch (Exception exception) when (Refused(exception) is { } refused)
        {
            return HttpFetchResult.Failed(
                $"refused: {Show(current)} is at a private address ({refused.Address}); only the source's AllowedHosts or Feeds:AllowPrivateNetworks allow that.");
        }
        catch (HttpRequestException exception)
        {
            return HttpFetchResult.Failed($"Could not fetch {Show(current)}: {exception.Message}");
        }
        catch (System.Net.Sockets.SocketException exception)
        {
            // Name resolution before the first request fails this way.
            return HttpFetchResult.Failed($"Could not fetch {Show(current)}: {exception.Message}");
        }
    }

    /// <summary>The next address of a redirect, or null with the reason it is not followed (only http and https are).</summary>
    private static Uri? NextHop(Uri current, Uri? location, out string? refusal)
    {
        refusal = null;
        if (location is null)
        {
            refusal = $"{Show(current)} answered a redirect without a Location.";
            return null;
        }

        if (!Uri.TryCreate(current, location.IsAbsoluteUri ? location.OriginalString : location.ToString(), out var next)
            || (next.Scheme != Uri.UriSchemeHttp && next.Scheme != Uri.UriSchemeHttps))
        {
            refusal = $"{Show(current)} redirects to {Show(location)}, which is not a web address: only http and https redirects are followed.";
            return null;
        }

        return next;
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static AddressRefusedException? Refused(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is AddressRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }

    private static string Show(Uri url) => SourceLocations.Redact(url);

    private HttpRequestMessage CreateRequest(Uri url, string accept, FeedValidators? validators)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        request.Headers.TryAddWithoutValidation("User-Agent", options.UserAgent);
        if (validators?.ETag is { } etag)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (validators?.LastModified is { } modified)
        {
            request.Headers.IfModifiedSince = modified;
        }

        return request;
    }

    private async Task<HttpFetchResult> ReadResponseAsync(Uri url, HttpResponseMessage response, FeedValidators? validators, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return validators is { IsEmpty: false }
                ? new HttpFetchResult { NotModified = true, Validators = validators, FinalUrl = response.RequestMessage?.RequestUri ?? url }
                : HttpFetchResult.Failed($"{Show(url)} answered 304 Not Modified to a request that was not conditional.");
        }

        if (!response.IsSuccessStatusCode)
        {
            if (RetryAfterHeader.Wait(response, timeProvider.GetUtcNow()) is { } wait && wait > RetryAfterHeader.LongestInFetch(options))
            {
                // Not retried (see RetryAfterHeader): say what the server said, and let the scheduler wait for it.
                return HttpFetchResult.Failed(
                    $"{Show(url)} answered HTTP {status} {response.ReasonPhrase} and asks not to be read again for {RetryAfterHeader.Describe(wait)} (Retry-After).")
                    with { RetryAfter = wait };
            }

            var retried = options.Retries > 0 && IsTransient(response.StatusCode) ? $" (after {options.Retries} retries)" : string.Empty;
            return HttpFetchResult.Failed($"{Show(url)} answered HTTP {status} {response.ReasonPhrase}{retried}.");
        }

        if (response.Content.Headers.ContentLength is { } length && length > options.MaxResponseBytes)
        {
            return TooLarge(url);
        }

        var body = await ReadBoundedAsync(response.Content, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return TooLarge(url);
        }

        return new HttpFetchResult
        {
            Body = body,
            FinalUrl = response.RequestMessage?.RequestUri ?? url,
            Charset = response.Content.Headers.ContentType?.CharSet,
            Validators = new FeedValidators(response.Headers.ETag?.ToString(), response.Content.Headers.LastModified),
        };
    }

    private async Task<byte[]?> ReadBoundedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > options.MaxResponseBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }

    private HttpFetchResult TooLarge(Uri url) =>
        HttpFetchResult.Failed($"The response from {Show(url)} is larger than {Megabytes(options.MaxResponseBytes)} (Feeds:MaxResponseBytes).");

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s";

    private static string Megabytes(int bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.##", CultureInfo.InvariantCulture) + " MB";
}
