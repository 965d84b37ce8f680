using System.Text.RegularExpressions;

namespace NewsBot.Search.Answering;

/// <summary>
/// "What did X say": who X is, read from the question's shape, and whether a sentence gives words to X (a quotation
/// or reported speech whose speaker is X) rather than merely naming X beside someone else's words.
/// </summary>
internal static partial class SpeakerAttribution
{
    // Capitalised words that open a sentence without being anyone's name ("Meanwhile Williams said").
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "meanwhile", "but", "and", "however", "then", "also", "later", "yesterday", "today", "earlier", "now", "so",
        "still", "instead", "separately", "there", "here", "when", "after", "before", "as", "while", "if",
    };

    // Words that stand where a speaker does but say nothing of who it is.
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "his", "her", "their", "its", "mr", "mrs", "ms", "dr",
    };

    // How far apart the speaker and the speech verb may stand: "Mamdani, the mayor-elect, said" but not a name three
    // clauses earlier.
    private const int WordsBefore = 6;
    private const int WordsAfter = 5;

    // "X, the Speaker of the House of Representatives, announced": how far back X may stand when a title between
    // commas separates X from the verb.
    private const int WordsAppositive = 12;

    // "according to a statement on Monday by US Secretary of State Mike Pompeo": the source may come a clause later.
    private const int WordsAfterAccording = 12;

    // How far into a sentence its subject may stand.
    private const int SubjectWords = 4;

    // Words after which a name is an object, not a speaker ("met with Okafor", "a letter to Okafor").
    private static readonly HashSet<string> Prepositions = new(["with", "to", "by", "for", "of", "from", "about", "against", "on", "at", "in", "into", "toward", "towards", "over", "under", "than", "like"], StringComparer.Ordinal);

    /// <summary>The speaker's words of a "what did X say" question (lowercase), or none when the question is not one.</summary>
    public static IReadOnlyList<string> SpeakerOf(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (AskedSpeaker().Match(question.Trim()) is not { Success: true } match)
        {
            return [];
        }

        return Word().Matches(match.Groups["who"].Value)
            .Select(word => Bare(word.Value))
            .Where(word => !NotNames.Contains(word) && word.Length > 1)
            .ToList();
    }

    /// <summary>
    /// <paramref name="speaker"/> and the titles <paramref name="texts"/> give X ("President Donald Trump", "mayor-elect
    /// Zohran Mamdani"): a story names its speaker in full once and then says "the president said".
    /// </summary>
    public static IReadOnlyList<string> WithTitles(IReadOnlyList<string> speaker, IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        ArgumentNullException.ThrowIfNull(texts);
        if (speaker.Count == 0)
        {
            return speaker;
        }

        var names = speaker.ToHashSet(StringComparer.Ordinal);
        var titles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (Match match in TitledName().Matches(text))
            {
                if (Word().Matches(match.Groups["name"].Value).Any(word => names.Contains(Bare(word.Value))))
                {
                    titles.Add(Bare(match.Groups["title"].Value));
                }
            }
        }

        return titles.Count == 0 ? speaker : [.. speaker, .. titles.Except(names)];
    }

    /// <summary>
    /// Which of a passage's sentences give words to the speaker: those that name X as the speaker, and, as news writing
    /// carries a speaker on, a "he said" or a bare quotation right after a sentence that names X.
    /// </summary>
    public static List<bool> InPassage(string text, IReadOnlyList<(int Start, int End)> sentences, IReadOnlyList<string> speaker)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(speaker);
        var result = new List<bool>(sentences.Count);
        for (var i = 0; i < sentences.Count; i++)
        {
            if (speaker.Count == 0)
            {
                result.Add(false);
                continue;
            }

            var sentence = text[sentences[i].Start..sentences[i].End];
            // The previous sentence must give X words or have X as its subject, and a quotation must carry no tag of
            // its own ("...," the mayor said).
            var carried = i > 0 && (result[i - 1] || IsSubject(text[sentences[i - 1].Start..sentences[i - 1].End], speaker))
                && (PronounSpeech().IsMatch(sentence) || (OpensWithQuotation().IsMatch(sentence) && !SpeechVerb().IsMatch(sentence)));
            result.Add(carried || Attributes(sentence, speaker));
        }

        return result;
    }

    /// <summary>
    /// True when <paramref name="text"/> names the speaker of <paramref name="speaker"/> (the question's words for X, as
    /// <see cref="SpeakerOf"/> reads them): its last word, the surname in "Naoto Kan" or "Apple's Tom Neumayr", so that
    /// "Apple" alone does not count as naming Neumayr.
    /// </summary>
    public static bool Names(string text, IReadOnlyList<string> speaker)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(speaker);
        if (speaker.Count == 0)
        {
            return false;
        }

        var name = speaker[^1];
        foreach (Match word in Word().Matches(text))
        {
            if (string.Equals(Bare(word.Value), name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // X among the sentence's first words: "Okafor visited...", "Harbour chief Amaka Okafor visited...".
    private static bool IsSubject(string sentence, IReadOnlyList<string> speaker)
    {
        var words = Word().Matches(sentence).ToList();
        return Enumerable.Range(0, Math.Min(SubjectWords, words.Count)).Any(i => NamesSpeaker(words, i, speaker));
    }

    // Word i names X when it is one of X's words and the name it begins does not go on as someone else's: "Nancy
    // Drew" is not Nancy Pelosi, nor "Obama Administration" Obama, while "Nancy Pelosi" and "President Obama" are.
    private static bool NamesSpeaker(List<Match> words, int i, IReadOnlyList<string> speaker)
    {
        if (i < 0 || i >= words.Count || !speaker.Contains(Bare(words[i].Value), StringComparer.Ordinal))
        {
            return false;
        }

        var next = i + 1 < words.Count ? words[i + 1] : null;
        var continues = next is not null && char.IsUpper(next.Value[0]) && next.Index - (words[i].Index + words[i].Length) == 1;
        if (continues && !speaker.Contains(Bare(next!.Value), StringComparer.Ordinal))
        {
            return false;
        }

        // "Writer Theodora Williams" is not Jody Williams: when the question gives X's given name, another given name
        // right before X's surname is someone else's (a title, "President Williams", or "Ms Williams" is still X).
        var previous = i > 0 ? words[i - 1] : null;
        return previous is null || !char.IsUpper(previous.Value[0]) || words[i].Index - (previous.Index + previous.Length) != 1
            || speaker.Contains(Bare(previous.Value), StringComparer.Ordinal) || NotNames.Contains(previous.Value)
            || Title().IsMatch(previous.Value) || (i - 1 == 0 && SentenceOpeners.Contains(previous.Value))
            || !GivenNameBefore(speaker, Bare(words[i].Value));
    }

    // True when the question gives X a given name before this word ("Jody Williams" for "williams"): a word of X's
    // before it that is no title. "Schurf's letter" gives none before "schurf".
    private static bool GivenNameBefore(IReadOnlyList<string> speaker, string word)
    {
        var at = speaker.ToList().IndexOf(word);
        return at > 0 && !Title().IsMatch(speaker[at - 1]);
    }

    /// <summary>True when <paramref name="sentence"/> gives words to the speaker named by <paramref name="speaker"/>.</summary>
    public static bool Attributes(string sentence, IReadOnlyList<string> speaker)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(speaker);
        if (speaker.Count == 0)
        {
            return false;
        }

        var words = Word().Matches(sentence).ToList();
        bool IsSpeaker(int index) => NamesSpeaker(words, index, speaker);

        // A name followed, within its clause, by a lowercase word ("Okafor toured") and not after a preposition.
        bool IsSubjectBeforeVerb(int index) =>
            index + 1 < words.Count && char.IsLower(words[index + 1].Value[0])
            && !sentence.AsSpan(words[index].Index + words[index].Length, words[index + 1].Index - words[index].Index - words[index].Length).Contains(',')
            && (index == 0 || !Prepositions.Contains(words[index - 1].Value.ToLowerInvariant()));

        foreach (Match verb in SpeechVerb().Matches(sentence))
        {
            var at = words.FindIndex(word => word.Index >= verb.Index);
            if (at < 0)
            {
                continue;
            }

            var before = sentence[..verb.Index].TrimEnd();
            if (before.EndsWith(',') && verb.Value.Equals("saying", StringComparison.OrdinalIgnoreCase))
            {
                // ", saying ..." gives the words of its clause's subject: X standing as a subject in the clause just
                // before the comma ("Okafor toured the pier, saying"; "Later, President Okafor gave a view, saying"),
                // not X as an object ("the governor met with Okafor, saying", "...with the mayor-elect, saying"), X in an
                // earlier clause ("when asked by Okafor about it, the governor ..., saying") nor X after it.
                var clauseStart = before[..^1].LastIndexOf(',') + 1;
                for (var i = 0; i < at; i++)
                {
                    if (words[i].Index >= clauseStart && IsSpeaker(i) && IsSubjectBeforeVerb(i))
                    {
                        return true;
                    }
                }

                continue;
            }

            // "X said", "X, the mayor-elect, told reporters"
            for (var i = Math.Max(0, at - WordsBefore); i < at; i++)
            {
                if (IsSpeaker(i))
                {
                    return true;
                }
            }

            // "X, the Speaker of the House of Representatives, announced": a longer title set off by commas.
            if (before.EndsWith(','))
            {
                for (var i = Math.Max(0, at - WordsAppositive); i < at - WordsBefore; i++)
                {
                    var afterName = words[i].Index + words[i].Length;
                    if (afterName < before.Length && sentence[afterName] == ',' && sentence[afterName..before.Length].Count(c => c == ',') == 2 && IsSpeaker(i))
                    {
                        return true;
                    }
                }
            }

            // "...," said X / "according to X": the speaker after the verb only in the inverted order of a quotation's
            // tag, so "Trump said he would help Mamdani" is not Mamdani's words.
            var inverted = verb.Value.StartsWith("according", StringComparison.OrdinalIgnoreCase)
                || before.EndsWith(',') || before.EndsWith('"') || before.EndsWith('\u201D');
            if (inverted)
            {
                var verbWords = Word().Matches(verb.Value).Count;
                var reach = verb.Value.StartsWith("according", StringComparison.OrdinalIgnoreCase) ? WordsAfterAccording : WordsAfter;
                for (var i = at + verbWords; i < Math.Min(words.Count, at + verbWords + reach); i++)
                {
                    if (IsSpeaker(i))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    // "Mamdani's" is Mamdani, and "Wałęsa" is "walesa" as typed without its accents.
    private static string Bare(string word)
    {
        var lower = IndexVocabulary.Fold(word).ToLowerInvariant();
        return lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("\u2019s", StringComparison.Ordinal) ? lower[..^2] : lower;
    }

    [GeneratedRegex(@"^(?:what|how)\s+(?:did|does|do|has|have|had|will|would)\s+(?<who>.+?)\s+(?:say|said|says|tell|told|tweet|tweeted|write|wrote|state|stated|announce|announced|claim|claimed|warn|warned|argue|argued|respond|responded|reply|replied)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AskedSpeaker();

    // The titles a story gives a speaker before the name, shared by TitledName and Title.
    private const string TitleWords = @"president|vice[- ]president|mayor|mayor[\u2011-]elect|president[\u2011-]elect|governor|senator|minister|chancellor|secretary|chairman|chairwoman|chair|chief|judge|spokesman|spokeswoman|spokesperson|leader|king|queen|pope|director|commissioner|representative|congressman|congresswoman|general|premier|ambassador|candidate|coach|prosecutor|sheriff";

    // The title in any case ("Mayor-elect", "mayor-elect"); the name after it capitalised (case-sensitive inside
    // (?-i:...)), or "the governor to press Okafor" would make "governor" Okafor's title.
    [GeneratedRegex(@"\b(?<title>" + TitleWords + @")\s+(?<name>(?-i:(?:\p{Lu}[\p{L}'\u2019\u2011-]+\s+){0,2}\p{Lu}[\p{L}'\u2019\u2011-]+))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitledName();

    // A title alone (any case): TitledName's titles, with their abbreviations and the honorifics and ranks that stand
    // before a surname.
    [GeneratedRegex(@"^(?:" + TitleWords + @"|sen|rep|gen|prime|deputy|professor|prof|dr|sir|lord|lady|captain|capt|mr|mrs|ms)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Title();

    [GeneratedRegex(@"\b(?:said|says|say|saying|indicated|told|tells|stated|states|added|wrote|writes|tweeted|posted|announced|declared|warned|argued|claimed|insisted|noted|explained|described|responded|replied|urged|asked|according to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpeechVerb();

    [GeneratedRegex(@"\b(?:he|she|they)\s+(?:said|says|told|tells|added|wrote|writes|tweeted|posted|warned|argued|insisted|noted|explained|replied|responded|continued|stated|announced|declared|claimed|urged|asked|indicated)\b|\b(?:said|says|added|continued)\s+(?:he|she)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PronounSpeech();

    [GeneratedRegex("^\\s*[\"\u201C]")]
    private static partial Regex OpensWithQuotation();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*")]
    private static partial Regex Word();
}
