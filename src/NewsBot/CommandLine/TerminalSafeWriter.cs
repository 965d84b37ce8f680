using System.Text;

namespace NewsBot.CommandLine;

/// <summary>
/// The writer every verb prints through: whatever reaches it from an article, a feed or a file name, a control
/// character never reaches the terminal raw (see <see cref="TerminalText"/>); line breaks and tabs pass. The only escape
/// sequences that pass are the two the answer printer writes itself around a matched word in a terminal (bold on, bold
/// off), and only when written whole. JSON stays valid: its writer escapes control characters itself.
/// </summary>
internal sealed class TerminalSafeWriter(TextWriter inner) : TextWriter
{
    /// <summary>Bold on and bold off, the only escape sequences the command line writes through this writer.</summary>
    public const string BoldOn = "\u001b[1m";

    /// <inheritdoc cref="BoldOn"/>
    public const string BoldOff = "\u001b[22m";

    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    public override string NewLine
    {
#pragma warning disable CS8765 // TextWriter's own setter accepts null.
        get => inner.NewLine;
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value)
    {
        var builder = new StringBuilder(4);
        TerminalText.AppendSafe(builder, value, keepLineBreaks: true);
        inner.Write(builder.ToString());
    }

    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }

        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\u001b' && (At(value, i, BoldOn) || At(value, i, BoldOff)))
            {
                var sequence = At(value, i, BoldOn) ? BoldOn : BoldOff;
                builder.Append(sequence);
                i += sequence.Length - 1;
                continue;
            }

            TerminalText.AppendSafe(builder, value[i], keepLineBreaks: true);
        }

        inner.Write(builder.ToString());
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value)
    {
        Write(value);
        inner.WriteLine();
    }

    public override void WriteLine() => inner.WriteLine();

    public override void Flush() => inner.Flush();

    private static bool At(string value, int index, string sequence) => string.CompareOrdinal(value, index, sequence, 0, sequence.Length) == 0;
}
