namespace NewsBot.Core.Answers;

/// <summary>
/// The operator's label of each configured source (the <c>Label</c> of a <c>Sources</c> item, for example a rated
/// lean), by source name, ignoring case. Read from the configuration rather than the index, so a label the operator
/// changes shows with the next answer, without a reindex.
/// </summary>
public sealed class SourceLabels
{
    private readonly Dictionary<string, string> _labels;
    private readonly Dictionary<string, string> _outletLabels;

    /// <summary>
    /// Labels by source name, and by the outlet name a source is configured with (so an outlet credited as another
    /// carrier of a story shows its label too); sources without a label (null or blank) are left out. When two sources
    /// name one outlet, the first one's label is the outlet's.
    /// </summary>
    public SourceLabels(IEnumerable<KeyValuePair<string, string?>> labelsBySource, IEnumerable<KeyValuePair<string, string?>>? labelsByOutlet = null)
    {
        ArgumentNullException.ThrowIfNull(labelsBySource);
        _labels = Collect(labelsBySource);
        _outletLabels = Collect(labelsByOutlet ?? []);
    }

    /// <summary>No source has a label.</summary>
    public static SourceLabels None { get; } = new([]);

    /// <summary>Whether any source has a label (when none has, answers need no look-up).</summary>
    public bool Any => _labels.Count > 0 || _outletLabels.Count > 0;

    /// <summary>The label of the named source, or null.</summary>
    public string? Find(string sourceName)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        return _labels.GetValueOrDefault(sourceName);
    }

    /// <summary>The label of the source configured with this outlet name, or null.</summary>
    public string? FindForOutlet(string outlet)
    {
        ArgumentNullException.ThrowIfNull(outlet);
        return _outletLabels.GetValueOrDefault(outlet.Trim());
    }

    private static Dictionary<string, string> Collect(IEnumerable<KeyValuePair<string, string?>> labels)
    {
        var collected = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, label) in labels)
        {
            if (!string.IsNullOrWhiteSpace(key) && !string.IsNullOrWhiteSpace(label))
            {
                collected.TryAdd(key.Trim(), label.Trim());
            }
        }

        return collected;
    }
}
