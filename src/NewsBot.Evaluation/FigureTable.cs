using Spectre.Console;

namespace NewsBot.Evaluation;

/// <summary>Prints named figures: a Spectre.Console table in a terminal, aligned plain lines otherwise (piped output stays greppable).</summary>
internal static class FigureTable
{
    public static void Print(TextWriter output, bool interactive, IReadOnlyList<(string Name, string Value)> rows)
    {
        if (interactive)
        {
            var table = new Table().AddColumn("measure").AddColumn(new TableColumn("value").RightAligned());
            foreach (var (name, value) in rows)
            {
                table.AddRow(Markup.Escape(name), Markup.Escape(value));
            }

            var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
            terminal.Write(table);
            return;
        }

        var width = rows.Max(row => row.Name.Length);
        foreach (var (name, value) in rows)
        {
            output.WriteLine($"{name.PadRight(width)}  {value}");
        }
    }
}
