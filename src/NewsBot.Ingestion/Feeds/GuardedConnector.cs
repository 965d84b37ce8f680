using System.Net;
using System.Net.Sockets;

namespace NewsBot.Ingestion.Feeds;

/// <summary>
/// The feed client's <see cref="SocketsHttpHandler.ConnectCallback"/>: resolves the host once, keeps only the addresses
/// the request's <see cref="FetchPolicy"/> allows, and connects to one of those very addresses, so a name that
/// resolves differently a moment later (DNS rebinding) changes nothing.
/// </summary>
internal static class GuardedConnector
{
    public static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var policy = context.InitialRequestMessage.Options.TryGetValue(FetchPolicy.Key, out var found) ? found : FetchPolicy.PublicOnly;
        var addresses = await AllowedAddressesAsync(context.DnsEndPoint.Host, policy, cancellationToken).ConfigureAwait(false);
        return await ConnectToAsync(addresses, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The addresses of <paramref name="host"/> that <paramref name="policy"/> lets a request reach; throws
    /// <see cref="AddressRefusedException"/> when there are none.
    /// </summary>
    public static async Task<IReadOnlyList<IPAddress>> AllowedAddressesAsync(string host, FetchPolicy policy, CancellationToken cancellationToken)
    {
        var bare = host.Trim('[', ']');
        var addresses = IPAddress.TryParse(bare, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(bare, cancellationToken).ConfigureAwait(false);
        if (policy.Trusts(bare))
        {
            return addresses;
        }

        var allowed = addresses.Where(address => !PrivateAddresses.IsPrivate(address)).ToList();
        return allowed.Count > 0 ? allowed : throw new AddressRefusedException(bare, addresses.FirstOrDefault() ?? IPAddress.None);
    }

    private static async Task<Stream> ConnectToAsync(IReadOnlyList<IPAddress> addresses, int port, CancellationToken cancellationToken)
    {
        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException exception)
            {
                socket.Dispose();
                last = exception;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last ?? new SocketException((int)SocketError.HostNotFound);
    }
}
