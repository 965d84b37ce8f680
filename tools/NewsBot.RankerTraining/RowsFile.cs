using System.Globalization;

namespace NewsBot.RankerTraining;

/// <summary>Training rows kept as tab-separated lines, so a model can be fitted again without asking every question again.</summary>
internal static class RowsFile
{
    public static void Write(string path, IEnumerable<TrainingRow> rows) =>
        File.WriteAllLines(path, rows.Select(row => string.Join('\t', new[] { row.Group, row.Label.ToString(CultureInfo.InvariantCulture) }
            .Concat(row.Features.Select(value => value.ToString("R", CultureInfo.InvariantCulture))))));

    public static List<TrainingRow> Read(string path) => File.ReadLines(path)
        .Select(line => line.Split('\t'))
        .Select(parts => new TrainingRow(parts[0], float.Parse(parts[1], CultureInfo.InvariantCulture), parts.Skip(2).Select(value => float.Parse(value, CultureInfo.InvariantCulture)).ToArray()))
        .ToList();
}
