namespace NewsBot.RankerTraining;

/// <summary>
/// A training set named on the command line: <c>--labelled FOLDER QUERIES QRELS</c> (a public set with graded
/// judgements, <see cref="Qrels"/> set) or <c>--news FOLDER QUESTIONS</c> (a news question set), its index folder built
/// by <c>newsbot eval --index FOLDER</c>.
/// </summary>
internal sealed record TrainingSet(string Folder, string File, string? Qrels)
{
    /// <summary>Every set the arguments name, in the order given.</summary>
    public static List<TrainingSet> Named(IReadOnlyList<string> arguments)
    {
        var sets = new List<TrainingSet>();
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] == "--labelled" && i + 3 < arguments.Count)
            {
                sets.Add(new TrainingSet(arguments[i + 1], arguments[i + 2], arguments[i + 3]));
            }
            else if (arguments[i] == "--news" && i + 2 < arguments.Count)
            {
                sets.Add(new TrainingSet(arguments[i + 1], arguments[i + 2], null));
            }
        }

        return sets;
    }
}
