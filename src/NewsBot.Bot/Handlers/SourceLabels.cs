namespace NewsBot.Bot.Handlers;

/// <summary>
/// The operator's label of each configured source (the <c>Label</c> of a <c>Sources</c> item, for example a rated
/// lean), by source name, ignoring case. Read from the configuration rather than the index, so a label the operator
/// changes shows with the next answer, without a reindex.
/// </summary>
public sealed class SourceLabels
{
    private readonly Dictionary<string, string> _labels;

    /// <summary>Labels by source name; sources without a label (null or blank) are left out.</summary>
    public SourceLabels(IEnumerable<KeyValuePair<string, string?>> labelsBySource)
    {
        ArgumentNullException.ThrowIfNull(labelsBySource);
        _labels = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (source, label) in labelsBySource)
        {
            if (!string.IsNullOrWhiteSpace(label))
            {
                _labels[source] = label.Trim();
            }
        }
    }

    /// <summary>No source has a label.</summary>
    public static SourceLabels None { get; } = new([]);

    /// <summary>Whether any source has a label (when none has, answers need no look-up).</summary>
    public bool Any => _labels.Count > 0;

    /// <summary>The label of the named source, or null.</summary>
    public string? Find(string sourceName)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        return _labels.GetValueOrDefault(sourceName);
    }
}
