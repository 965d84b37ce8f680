using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsBot.Bot.Rendering;

namespace NewsBot.Bot.Tests.Rendering;

public sealed class MarkdownTests
{
    private const string Specials = "\\*_~`|>#[]()";

    /// <summary>Text made mostly of what markdown treats specially, so every property meets markdown, mentions and list markers.</summary>
    private static Arbitrary<string> MarkdownText { get; } = Gen.Elements(
            'a', 'b', ' ', ' ', '\n', '\t', '*', '_', '~', '`', '|', '>', '#', '[', ']', '(', ')', '\\', '@', '<', '&', '-', '+', '.', '1', '2', ':', 'e', 'h',
            Markdown.ZeroWidthSpace)
        .ArrayOf()
        .Select(chars => new string(chars))
        .Select(s => s.Replace("e", "everyone", StringComparison.Ordinal).Replace("h", "here", StringComparison.Ordinal))
        .ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Escaped_text_reads_back_as_the_original()
        => Prop.ForAll(MarkdownText, text => Unescape(Markdown.Literal(text)) == text);

    [Property(MaxTest = 500)]
    public Property No_markdown_character_is_left_unescaped()
        => Prop.ForAll(MarkdownText, text => UnescapedSpecials(Markdown.Literal(text)) == 0);

    [Property(MaxTest = 500)]
    public Property No_mention_can_ping()
        => Prop.ForAll(MarkdownText, text =>
        {
            var escaped = Markdown.Literal(text);
            for (var i = 0; i < escaped.Length; i++)
            {
                if (escaped[i] is '@' or '<' && (i + 1 == escaped.Length || escaped[i + 1] != Markdown.ZeroWidthSpace))
                {
                    return false;
                }
            }

            return !escaped.Contains("@everyone", StringComparison.OrdinalIgnoreCase) && !escaped.Contains("@here", StringComparison.OrdinalIgnoreCase);
        });

    [Property(MaxTest = 500)]
    public Property No_line_starts_a_list()
        => Prop.ForAll(MarkdownText, text => Markdown.Literal(text).Split('\n').All(line => !StartsList(line.TrimStart(' ', '\t'))));

    [Theory]
    [InlineData("**bold** and _it_", @"\*\*bold\*\* and \_it\_")]
    [InlineData("[click](https://evil.example)", @"\[click\]\(https://evil.example\)")]
    [InlineData("# Heading", @"\# Heading")]
    [InlineData("- item\n2. second", "\\- item\n2\\. second")]
    [InlineData("> quote ||spoiler||", @"\> quote \|\|spoiler\|\|")]
    [InlineData("@everyone", "@\u200Beveryone")]
    [InlineData("<@123> <@&456> <#789>", "<\u200B@\u200B123\\> <\u200B@\u200B&456\\> <\u200B\\#789\\>")]
    [InlineData("Mr. Smith paid $5 - really.", "Mr. Smith paid $5 - really.")]
    public void Escape_examples(string text, string expected)
    {
        Assert.Equal(expected, Markdown.Literal(text));
    }

    private static bool StartsList(string line)
    {
        if (line.Length >= 2 && line[0] is '-' or '+' && line[1] is ' ' or '\t')
        {
            return true;
        }

        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        return digits > 0 && digits + 1 < line.Length && line[digits] == '.' && line[digits + 1] is ' ' or '\t';
    }

    private static int UnescapedSpecials(string escaped)
    {
        var count = 0;
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] == '\\')
            {
                i++;
            }
            else if (Specials.Contains(escaped[i], StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>What a reader sees: a backslash shows the next character literally, the inserted zero-width spaces are invisible.</summary>
    private static string Unescape(string escaped)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < escaped.Length; i++)
        {
            var c = escaped[i];
            if (c == '\\' && i + 1 < escaped.Length)
            {
                builder.Append(escaped[++i]);
            }
            else
            {
                builder.Append(c);
                if (c is '@' or '<' && i + 1 < escaped.Length && escaped[i + 1] == Markdown.ZeroWidthSpace)
                {
                    i++;
                }
            }
        }

        return builder.ToString();
    }
}
