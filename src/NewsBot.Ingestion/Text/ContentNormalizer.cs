using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Ingestion.Text;

/// <summary>
/// Normalises article text for comparison: the same story with curly or straight quotes, other dashes or
/// other white space hashes alike, so it is recognised as the same text and indexed once.
/// </summary>
public static class ContentNormalizer
{
    /// <summary>Lower-cased, Unicode-normalised (NFKC, one kind of quote and dash) text with white space collapsed to single spaces.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        var pendingSpace = false;
        foreach (var c in normalized)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c switch
            {
                '‘' or '’' or '‚' or '‛' or '′' or '`' => '\'',
                '“' or '”' or '„' or '‟' or '″' or '«' or '»' => '"',
                '‐' or '‑' or '‒' or '–' or '—' or '―' or '−' => '-',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString();
    }

    /// <summary>SHA-256 (lower-case hex) of <see cref="Normalize"/>d text.</summary>
    public static string Hash(string text) => HashNormalized(Normalize(text));

    /// <summary>SHA-256 (lower-case hex) of text already <see cref="Normalize"/>d.</summary>
    public static string HashNormalized(string normalized) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
}
