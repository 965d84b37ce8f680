using System.Globalization;
using System.Text;
using NewsBot.Bot.Rendering;

namespace NewsBot.CommandLine;

/// <summary>
/// What the command line prints of names, urls and messages it did not write itself: control characters shown as
/// escapes (<c>\x1b</c>, <c>\n</c>), so an escape sequence in a file name or a line break in one can neither steer the
/// terminal nor split a report line; bidirectional overrides and zero-width characters dropped, as the bot drops them
/// in Discord; a url's host in punycode, so a look-alike letter from another script shows as <c>xn--</c>.
/// </summary>
internal static class TerminalText
{
    /// <summary><paramref name="text"/> on one line: every control character escaped, invisible characters dropped.</summary>
    public static string Line(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            AppendSafe(builder, c, keepLineBreaks: false);
        }

        return builder.ToString();
    }

    /// <summary>An address as <see cref="Line"/> prints it, its host in punycode when it is a url.</summary>
    public static string Url(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.IsAbsoluteUri && uri.Host.Length > 0 && uri.Host != uri.IdnHost)
        {
            url = new UriBuilder(uri) { Host = uri.IdnHost }.Uri.AbsoluteUri;
        }

        return Line(url);
    }

    /// <summary>
    /// Appends <paramref name="c"/> as a terminal may show it: a control character (C0, DEL, C1) as an escape, except line
    /// breaks and tabs when <paramref name="keepLineBreaks"/>; an invisible character not at all.
    /// </summary>
    public static void AppendSafe(StringBuilder builder, char c, bool keepLineBreaks)
    {
        if (InvisibleText.IsInvisible(c))
        {
            return;
        }

        if (keepLineBreaks && c is '\n' or '\r' or '\t')
        {
            builder.Append(c);
            return;
        }

        if (c < '\u0020' || c is >= '\u007F' and <= '\u009F')
        {
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture),
            });
            return;
        }

        builder.Append(c);
    }
}
