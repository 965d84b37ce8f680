using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Ingestion.Files;

/// <summary>
/// Derives stable article ids: the same story read again keeps its id even when its text changed, so the
/// index updates it in place instead of adding a second copy.
/// </summary>
public static class ArticleIds
{
    /// <summary>An id from a normalised url (see <see cref="Urls.UrlNormalizer"/>).</summary>
    public static string FromUrl(string normalizedUrl) => Hash("url:" + normalizedUrl);

    /// <summary>An id from where the article was read: the source name and its path inside the source (plus line or item).</summary>
    public static string FromLocation(string sourceName, string relativePath, string? itemKey) =>
        Hash($"file:{sourceName}/{relativePath}{(itemKey is null ? string.Empty : "#" + itemKey)}");

    /// <summary>The first 16 hex characters of the SHA-256 of <paramref name="value"/>: short, and collisions are negligible at news scale.</summary>
    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..16];
}
