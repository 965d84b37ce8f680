using System.Net;

namespace NewsBot.Testing.Http;

/// <summary>
/// A message handler for tests' HttpClients that refuses any request to an address other than the loopback, so a
/// feed that links to <c>https://outlet.example/</c> can never send traffic off the machine, whatever a test forgets.
/// Add it with <c>AddHttpClient(name).AddHttpMessageHandler(() =&gt; new LoopbackOnlyHandler())</c>.
/// </summary>
public sealed class LoopbackOnlyHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var uri = request.RequestUri;
        if (uri is null || !(uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var address) && IPAddress.IsLoopback(address))))
        {
            // An HttpRequestException is what an unreachable host gives, so the code under test handles it as such.
            throw new HttpRequestException($"Tests may only reach the loopback address, not {uri}.");
        }

        return base.SendAsync(request, cancellationToken);
    }
}
