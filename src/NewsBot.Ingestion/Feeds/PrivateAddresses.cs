using System.Net;
using System.Net.Sockets;

namespace NewsBot.Ingestion.Feeds;

/// <summary>
/// Which IP addresses are not the public internet: loopback, RFC 1918, link-local, carrier-grade NAT, unique-local,
/// multicast, unspecified and reserved ranges, also when written as IPv4-mapped, IPv4-compatible, NAT64 or 6to4 IPv6.
/// What a feed points at may reach none of them unless the operator allows it.
/// </summary>
internal static class PrivateAddresses
{
    /// <summary>Whether <paramref name="address"/> lies outside the public internet.</summary>
    public static bool IsPrivate(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            return IsPrivateV4(address.MapToIPv4().GetAddressBytes());
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return IsPrivateV4(address.GetAddressBytes());
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return true;
        }

        var bytes = address.GetAddressBytes();
        if (address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6Loopback))
        {
            return true;
        }

        // fe80::/10 link-local, fec0::/10 site-local, fc00::/7 unique-local, ff00::/8 multicast.
        if ((bytes[0] == 0xfe && (bytes[1] & 0xc0) is 0x80 or 0xc0) || (bytes[0] & 0xfe) == 0xfc || bytes[0] == 0xff)
        {
            return true;
        }

        // ::a.b.c.d (IPv4-compatible) and 64:ff9b::/96 (NAT64) carry an IPv4 address in their last four bytes.
        if (bytes.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0
            || (bytes[0] == 0x00 && bytes[1] == 0x64 && bytes[2] == 0xff && bytes[3] == 0x9b && bytes.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0))
        {
            return IsPrivateV4(bytes[12..]);
        }

        // 2002::/16 (6to4) carries one in bytes 2 to 5.
        return bytes[0] == 0x20 && bytes[1] == 0x02 && IsPrivateV4(bytes[2..6]);
    }

    private static bool IsPrivateV4(byte[] b) => b[0] switch
    {
        0 or 10 or 127 => true,                        // "this network", RFC 1918, loopback
        100 => (b[1] & 0xc0) == 64,                    // 100.64.0.0/10 carrier-grade NAT
        169 => b[1] == 254,                            // 169.254.0.0/16 link-local (cloud metadata lives here)
        172 => (b[1] & 0xf0) == 16,                    // 172.16.0.0/12 RFC 1918
        192 => b[1] == 168 || (b[1] == 0 && b[2] is 0 or 2), // RFC 1918, IETF protocol assignments, TEST-NET-1
        198 => (b[1] & 0xfe) == 18,                    // 198.18.0.0/15 benchmarking
        >= 224 => true,                                // multicast, reserved, broadcast
        _ => false,
    };
}
