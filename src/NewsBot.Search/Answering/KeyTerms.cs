using Lucene.Net.Analysis;
using Lucene.Net.Search;
using NewsBot.Core.Dates;
using NewsBot.Search.Analysis;

namespace NewsBot.Search.Answering;

/// <summary>
/// Decides whether the index knows a question's key words (its names: capitalised words where the question marks names
/// that way; elsewhere unknown words that stand beside another unknown word or a name) before anything is retrieved, so a question about a name the index has never seen is "not found" rather
/// than answered with a quote about its other words. A word counts as known as written, by its stem, with other
/// accents ("Walesa" is "Wałęsa"), or as a typo of an indexed word; a known spelling that differs replaces the typed
/// one in the search. An unknown word gets the closest indexed word as "did you mean".
/// </summary>
internal static class KeyTerms
{
    // How far a typo may stray depends on the word's length, because short words have many indexed neighbours: in the
    // 3,000 Wikinews articles most absent five-letter names lie one edit from a real word ("Milei" from "miles", "Sunak"
    // from "sunk"), while words of eight letters or more rarely do. So: four letters or fewer, no typo; five to seven,
    // one edit, and only where the indexed word stands beside the question's neighbouring word somewhere (the reading
    // "Zapata" for "Franky Zapatta" is confirmed by "franky zapata") or, for a word typed in lower case, stands in one
    // passage with two of the question's other words ("subpoena" for "subpena" with "house" and "documents"); eight or
    // more, one edit alone, or two confirmed.
    private const int ShortestTypo = 5;
    private const int LongWord = 8;

    // Suggestions may stray one edit more than accepted typos, since the asker judges them.
    private const int ShortestSuggestion = 4;

    private const int MaxAcronym = 5;

    // How many of the question's other words must stand in one passage with a plain word's reading to confirm it.
    private const int PlainTypoWitnesses = 2;

    // The verbs questions are built with, which Title Case would capitalise ("What Did Putin Say").
    private static readonly HashSet<string> TitleCaseVerbs = new(StringComparer.Ordinal)
    {
        "did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "can", "could", "would", "should", "will",
        "say", "said", "says", "think", "thinks", "tell", "told",
    };

    private static readonly Analyzer English = NewsAnalyzers.CreateEnglish();

    /// <summary>
    /// <paramref name="question"/> with its key words checked against the index: respelt where the index writes them
    /// otherwise, and with <see cref="ParsedQuestion.AbsentTerms"/> and <see cref="ParsedQuestion.DidYouMean"/> set.
    /// </summary>
    public static ParsedQuestion Resolve(IndexSearcher searcher, ParsedQuestion question)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(question);
        if (question.PeriodOnly || question.Problem is not null)
        {
            return question;
        }

        var vocabulary = IndexVocabulary.Of(searcher);
        var words = question.Words;
        var first = words.Count == 0 ? 0 : words.Min(word => word.Position);
        var marked = MarksNames(words, first);
        var respelt = new Dictionary<string, string>(StringComparer.Ordinal);
        var absent = new List<string>();
        var suggestions = new List<string>();
        foreach (var word in words.Where(word => MayBeKey(word) && (!marked || word.Capitalised)))
        {
            // The first word's capital is the sentence's, so it may stand in the index in another form.
            var spelling = Spelled(vocabulary, word, asName: marked && word.Capitalised && word.Position != first);
            if (spelling is null && !marked && !NameByItsNeighbour(vocabulary, word, words, neighbour => Spelled(vocabulary, neighbour, asName: false)))
            {
                continue;
            }

            // A word only a headline holds ("Parry Sound—Muskoka" over a story that never repeats it) is indexed all the
            // same: headlines are searched too, so the word is no absent name.
            if (spelling is null && word.Stem is { } headlineStem && vocabulary.InHeadlines(word.Exact, headlineStem))
            {
                continue;
            }

            string? suggestion = null;
            if (spelling is null)
            {
                (spelling, suggestion) = Typo(vocabulary, word, words);
            }

            if (spelling is null)
            {
                absent.Add(Bare(word.Typed));
                if (suggestion is not null)
                {
                    suggestions.Add(word.Capitalised ? char.ToUpperInvariant(suggestion[0]) + suggestion[1..] : suggestion);
                }
            }
            else if (spelling != word.Exact && word.Stem is { } stem)
            {
                respelt[stem] = spelling;
            }
        }

        return question with
        {
            Terms = respelt.Count == 0 ? question.Terms : Respell(question.Terms, respelt),
            AbsentTerms = absent,
            DidYouMean = suggestions.Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        };
    }

    // Numbers, month names ("Feb") and acronyms ("NYC", often spelt out in the text) are never key: their absence
    // says little about whether a story is indexed.
    private static bool MayBeKey(QuestionWord word) =>
        word.Content && !word.Exact.Any(char.IsDigit) && !MonthNames.IsName(word.Exact) && !IsAcronym(word.Typed);

    private static bool IsAcronym(string typed) =>
        typed.Length <= MaxAcronym && typed.Count(char.IsUpper) >= 2 && !typed.Any(char.IsLower);

    // A question typed in sentence case marks its names with capitals: some content words after the first have one,
    // and the others none ("What did Zapata say?" has one such word only). Typed in lower case, or with every later
    // word capitalised (in capitals, or Title Case: "Living Longer by Reducing Leucine Intake"), it marks none. Title
    // Case capitalises every verb, so a later verb in lower case shows sentence case even when every content word is a
    // name ("what did Putin say about Mamdani?").
    private static bool MarksNames(IReadOnlyList<QuestionWord> words, int first)
    {
        var later = words.Where(word => word.Content && word.Position != first && word.Typed.Any(char.IsLetter)).ToList();
        var capitalised = later.Count(word => word.Capitalised);
        var lowerCaseVerb = words.Any(word => word.Position != first && !word.Capitalised && TitleCaseVerbs.Contains(word.Exact));
        return capitalised > 0 && (capitalised < later.Count || capitalised == 1 || lowerCaseVerb);
    }

    // Where the question marks no names, an unknown word is taken for part of one only when the word beside it is
    // unknown too ("zohran mamdani") or is written as a name in the index ("sanna" beside "Marin"); an unknown word
    // alone may be a plain word a small index lacks ("which town did the lava head for"), so it is searched as usual.
    private static bool NameByItsNeighbour(IndexVocabulary vocabulary, QuestionWord word, IReadOnlyList<QuestionWord> words, Func<QuestionWord, string?> spellingOf)
        => words
            .Where(other => other.Content && !other.Exact.Any(char.IsDigit) && Math.Abs(other.Position - word.Position) == 1)
            .Any(other => spellingOf(other) is not { } spelling || vocabulary.WrittenAsName(spelling));

    // The indexed spelling of the word without allowing for typos (itself when written so), or null.
    private static string? Spelled(IndexVocabulary vocabulary, QuestionWord word, bool asName)
    {
        // A plain word may stand in the index in another form ("passengers" by "passenger"); a name must stand as
        // written, because stems join unrelated names ("Milei" and "Miley" share the stem "milei").
        var bare = Bare(word.Exact);
        if (vocabulary.Frequency(word.Exact) > 0 || vocabulary.Frequency(bare) > 0)
        {
            return word.Exact;
        }

        // Another spelling of the same letters comes before a shared stem, so "marin" is read as the indexed
        // "Marín" rather than as the stem of "marine".
        var folded = IndexVocabulary.Fold(bare);
        if (folded != bare && vocabulary.Frequency(folded) > 0)
        {
            return folded;
        }

        if (vocabulary.SameLetters(folded) is [var accented, ..])
        {
            return accented;
        }

        // A name's plural or possessive is the same name ("the Panther" of "the Panthers", "the Bronco's" of "Broncos").
        if (PluralForms(bare).FirstOrDefault(form => vocabulary.Frequency(form) > 0) is { } plural)
        {
            return plural;
        }

        return !asName && word.Stem is { } stem && vocabulary.HasStem(stem) ? word.Exact : null;
    }

    // The indexed word the unknown word is a typo of, or null with the closest indexed word, if any.
    private static (string? Spelling, string? Suggestion) Typo(IndexVocabulary vocabulary, QuestionWord word, IReadOnlyList<QuestionWord> words)
    {
        var folded = IndexVocabulary.Fold(Bare(word.Exact));
        var oneEdit = folded.Length >= ShortestSuggestion ? MostFrequentFirst(vocabulary.Within(folded, 1)) : [];
        List<string> TwoEdits() => folded.Length >= ShortestTypo ? MostFrequentFirst(vocabulary.Within(folded, 2).Where(found => !oneEdit.Contains(found.Word))) : [];
        var neighbours = Neighbours(vocabulary, word, words);
        bool Confirmed(string candidate) => neighbours.Any(neighbour => neighbour.Before
            ? vocabulary.SideBySide(neighbour.Spelling, candidate)
            : vocabulary.SideBySide(candidate, neighbour.Spelling));

        // A plain word typed in lower case ("subpena") may also be confirmed by two of the question's other words
        // standing in one passage with the reading; a capitalised word is a name, and an absent name too often lies one
        // edit from a word that stands with the question's others ("Milei" from "miles" beside a march).
        List<string>? others = null;
        List<string> Others() => others ??= words.Where(other => other.Position != word.Position && other.Content && other.Stem is not null && vocabulary.HasStem(other.Stem))
            .Select(other => other.Stem!).Distinct(StringComparer.Ordinal).ToList();
        bool StandsWithOthers(string candidate) => !word.Capitalised && vocabulary.StandsWith(candidate, Others(), PlainTypoWitnesses);

        var typo = folded.Length switch
        {
            >= LongWord => oneEdit.FirstOrDefault(Confirmed) ?? oneEdit.FirstOrDefault() ?? TwoEdits().FirstOrDefault(Confirmed),
            >= ShortestTypo => oneEdit.FirstOrDefault(Confirmed) ?? oneEdit.FirstOrDefault(StandsWithOthers),
            _ => null,
        };
        return typo is not null ? (typo, null) : (null, oneEdit.FirstOrDefault() ?? TwoEdits().FirstOrDefault());
    }

    // The content words just before and after the word, as the index spells them, when it does.
    private static List<(string Spelling, bool Before)> Neighbours(IndexVocabulary vocabulary, QuestionWord word, IReadOnlyList<QuestionWord> words)
    {
        var neighbours = new List<(string, bool)>();
        foreach (var other in words.Where(other => other.Content && Math.Abs(other.Position - word.Position) == 1))
        {
            var spelling = vocabulary.Frequency(other.Exact) > 0 ? other.Exact : vocabulary.SameLetters(IndexVocabulary.Fold(other.Exact)).FirstOrDefault();
            if (spelling is not null)
            {
                neighbours.Add((spelling, other.Position < word.Position));
            }
        }

        return neighbours;
    }

    private static List<string> MostFrequentFirst(IEnumerable<(string Word, int Frequency)> words) =>
        words.OrderByDescending(found => found.Frequency).ThenBy(found => found.Word, StringComparer.Ordinal).Select(found => found.Word).ToList();

    private static List<QuestionTerm> Respell(IReadOnlyList<QuestionTerm> terms, Dictionary<string, string> respelt) => terms
        .Select(term => respelt.TryGetValue(term.Stem, out var spelling)
            ? new QuestionTerm(QuestionParser.Tokens(English, spelling) is [var stemmed, ..] ? stemmed.Text : spelling, spelling, term.Weight)
            : term)
        .DistinctBy(term => term.Stem, StringComparer.Ordinal)
        .ToList();

    private static IEnumerable<string> PluralForms(string word)
    {
        yield return word + "s";
        if (word.EndsWith('s') || word.EndsWith('x') || word.EndsWith('z') || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal))
        {
            yield return word + "es";
        }

        if (word.Length > 3 && word.EndsWith('s'))
        {
            yield return word[..^1];
        }
    }

    // "Meloni's" names Meloni: the possessive is no part of the name.
    private static string Bare(string word) =>
        word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase) ? word[..^2] : word;
}
