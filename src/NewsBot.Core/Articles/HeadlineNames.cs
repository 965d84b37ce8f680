namespace NewsBot.Core.Articles;

/// <summary>
/// Whether two headlines can belong to one story. Near-identical texts are usually one story under two headlines, but
/// boilerplate (a notice, a standard release) can be the same text for different people: "Council appoints Jane Smith
/// to the board" and "Council appoints Omar Haddad to the board". Headlines that each name someone (capitalised words
/// after the first) and share none of those names are two stories, whatever their texts share.
/// </summary>
public static class HeadlineNames
{
    /// <summary>False when both headlines name someone and no name is common to them; true otherwise (an empty headline included).</summary>
    public static bool CanBeOneStory(string? first, string? second)
    {
        var names = Names(first);
        var others = Names(second);
        return names.Count == 0 || others.Count == 0 || names.Overlaps(others);
    }

    // Capitalised words after the first one, of three letters or more ("Jane", "Smith", "NATO"), lower-cased.
    private static HashSet<string> Names(string? headline)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(headline))
        {
            return names;
        }

        var words = headline.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.Trim('"', '\'', '“', '”', '‘', '’', ',', '.', ':', ';', '!', '?', '(', ')', '[', ']'))
            .ToList();
        foreach (var word in words.Skip(1))
        {
            if (word.Length >= 3 && char.IsUpper(word[0]) && word.Any(char.IsLetter))
            {
                names.Add(word.ToLowerInvariant());
            }
        }

        return names;
    }
}
