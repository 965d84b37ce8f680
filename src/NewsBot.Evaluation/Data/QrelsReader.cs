using System.Globalization;
using NewsBot.Core.Sources;

namespace NewsBot.Evaluation.Data;

/// <summary>
/// Reads <c>qrels.tsv</c>: <c>query-id TAB doc-id TAB grade</c> a line, no header. The four-column TREC form
/// (<c>query-id iteration doc-id grade</c>) is accepted too, since qrels files from trec_eval use it.
/// </summary>
public static class QrelsReader
{
    public static async Task<EvalData<Qrels>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var lines = await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false);
        return Parse(path, lines);
    }

    /// <summary>Parses the lines of a qrels file; <paramref name="location"/> names it in problems.</summary>
    public static EvalData<Qrels> Parse(string location, IReadOnlyList<string> lines)
    {
        var byQuery = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var problems = new List<SkippedItem>();
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var lineNumber = index + 1;
            var fields = line.Split(['\t', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (fields.Length is not (3 or 4))
            {
                problems.Add(new SkippedItem(location, lineNumber,
                    $"Expected \"query-id<TAB>doc-id<TAB>grade\" but found {fields.Length} field(s)."));
                continue;
            }

            var queryId = fields[0];
            var documentId = fields[^2];
            if (!int.TryParse(fields[^1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var grade))
            {
                problems.Add(new SkippedItem(location, lineNumber, $"The grade \"{fields[^1]}\" is not a whole number."));
                continue;
            }

            if (!byQuery.TryGetValue(queryId, out var grades))
            {
                grades = new Dictionary<string, int>(StringComparer.Ordinal);
                byQuery.Add(queryId, grades);
            }

            if (grades.TryGetValue(documentId, out var earlier) && earlier != grade)
            {
                problems.Add(new SkippedItem(location, lineNumber,
                    $"Document \"{documentId}\" is graded {earlier} and {grade} for query \"{queryId}\"."));
                continue;
            }

            grades[documentId] = grade;
        }

        var qrels = new Qrels(byQuery.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyDictionary<string, int>)pair.Value,
            StringComparer.Ordinal));
        return new EvalData<Qrels>(qrels, problems);
    }
}
