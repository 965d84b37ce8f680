using System.Text;

namespace NewsBot.Ingestion.Files;

/// <summary>
/// Decodes a file's bytes to article text: UTF-8 (or UTF-16 with a BOM), BOM stripped, line endings
/// normalised to \n. Refuses binary content rather than indexing garbage.
/// </summary>
internal static class FileTextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The decoded text, or null with <paramref name="problem"/> set to a one-sentence reason.</summary>
    public static string? Decode(byte[] bytes, out string? problem)
    {
        problem = null;
        if (bytes.Length == 0)
        {
            problem = "The file is empty.";
            return null;
        }

        string text;
        if (bytes is [0xFF, 0xFE, ..])
        {
            text = Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }
        else if (bytes is [0xFE, 0xFF, ..])
        {
            text = Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }
        else
        {
            if (Array.IndexOf(bytes, (byte)0) >= 0)
            {
                problem = "The file looks binary (it contains NUL bytes), not article text.";
                return null;
            }

            var skip = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
            try
            {
                text = StrictUtf8.GetString(bytes, skip, bytes.Length - skip);
            }
            catch (DecoderFallbackException)
            {
                problem = "The file is not valid UTF-8 text (it looks binary or uses another encoding).";
                return null;
            }
        }

        text = NormalizeLineEndings(text.TrimStart('\uFEFF'));
        if (string.IsNullOrWhiteSpace(text))
        {
            problem = "The file is empty.";
            return null;
        }

        if (text.Contains('\0'))
        {
            problem = "The file looks binary (it contains NUL characters), not article text.";
            return null;
        }

        return text;
    }

    /// <summary>Turns \r\n and lone \r into \n, so offsets mean the same on every platform.</summary>
    public static string NormalizeLineEndings(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
}
