using NewsBot.Core.Answers;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using NewsBot.Search.Analysis;
using NewsBot.Search.Indexing;

namespace NewsBot.Search.Answering;

/// <summary>
/// Turns a question in plain words into terms, phrases and a date range. It never hands the question to a query
/// parser: operators, wildcards, colons and stray quotes are only text, and at worst produce no terms.
/// </summary>
internal sealed partial class QuestionParser
{
    // Bounds the Lucene query whatever the question holds (BooleanQuery allows 1,024 clauses).
    private const int MaxTerms = 40;
    private const int MaxPhrases = 5;
    private const double QuestionWordWeight = 0.25;

    // Words that shape a question but say nothing about its topic: parsed with a small weight, but neither searched
    // (PassageQuery) nor counted as coverage.
    private static readonly HashSet<string> FramingWords = new(StringComparer.Ordinal)
    {
        "what", "who", "whom", "whose", "when", "where", "why", "how", "which", "whats", "what's",
        "did", "does", "do", "done", "doing", "is", "are", "was", "were", "am", "be", "been", "being",
        "has", "have", "had", "having", "can", "could", "would", "should", "will", "shall", "may", "might", "must",
        "say", "said", "says", "saying", "tell", "told", "telling", "about", "regarding", "concerning",
        "i", "me", "my", "you", "your", "we", "us", "our", "he", "him", "his", "she", "her", "hers", "its", "it",
        "they", "them", "their", "theirs", "there", "this", "that", "these", "those", "any", "some", "anything",
        "something", "someone", "anyone", "get", "got", "know", "think", "thing", "things", "happen", "happened",
        "happening", "news", "latest", "recent", "recently", "please", "also", "just", "so", "very", "than", "from",
        "up", "out", "over", "after", "before", "during", "between", "into", "onto", "one", "ones", "other",
        "kind", "type", "name", "named", "called", "call", "many", "much",
    };

    [GeneratedRegex("\"(?<phrase>[^\"]+)\"|\u201C(?<phrase>[^\u201C\u201D]+)\u201D")]
    private static partial Regex QuotedPhrase();

    private readonly Analyzer _english = NewsAnalyzers.CreateEnglish();
    private readonly Analyzer _exact = NewsAnalyzers.CreateExact();

    /// <summary>Parses <paramref name="question"/>; date words are read relative to <paramref name="now"/> when <paramref name="useDates"/>.</summary>
    public ParsedQuestion Parse(string question, DateTimeOffset now, bool useDates)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (string.IsNullOrWhiteSpace(question))
        {
            return Rejected("Ask a question in words; this one is empty.");
        }

        // Front ends refuse such a question first (AskingService); the parser bounds its own work whoever calls it.
        if (AskBounds.QuestionProblem(question) is { } tooLong)
        {
            return Rejected(tooLong);
        }

        var years = new List<string>();
        var (dates, rest) = useDates ? DateWords.Extract(question, now, years) : (null, question);
        var phrases = new List<IReadOnlyList<string>>();
        foreach (Match match in QuotedPhrase().Matches(rest))
        {
            var tokens = Tokens(_exact, match.Groups["phrase"].Value).Select(token => token.Text).ToList();
            if (tokens.Count > 1 && phrases.Count < MaxPhrases)
            {
                phrases.Add(tokens);
            }
        }

        var terms = new Dictionary<string, QuestionTerm>(StringComparer.Ordinal);
        var words = new List<QuestionWord>();
        foreach (var token in Tokens(_exact, rest))
        {
            var analyzed = Tokens(_english, token.Text);
            var capitalised = char.IsUpper(rest[token.Start]);
            if (analyzed.Count == 0)
            {
                words.Add(new QuestionWord(rest[token.Start..token.End], token.Text, null, token.Position, capitalised, Content: false));
                continue; // an English stop word
            }

            var stemmed = analyzed[0];
            words.Add(new QuestionWord(rest[token.Start..token.End], token.Text, stemmed.Text, token.Position, capitalised, !FramingWords.Contains(token.Text)));

            // Names get no extra weight: measured on SQuAD dev, boosting capitalised words lowered recall@1 (0.706 at
            // 1.0, 0.699 at 1.25, 0.68 at 1.6), because a question's names are usually its topic, shared by every
            // passage about it, while IDF already weighs a rare name above a common word.
            var weight = FramingWords.Contains(token.Text) ? QuestionWordWeight : 1.0;
            if (terms.TryGetValue(stemmed.Text, out var existing) && existing.Weight >= weight)
            {
                continue;
            }

            terms[stemmed.Text] = new QuestionTerm(stemmed.Text, token.Text, weight);
        }

        var ordered = terms.Values.OrderByDescending(term => term.Weight).Take(MaxTerms).ToList();
        var (kind, countedWord) = QuestionKinds.Detect(question);
        var parsed = new ParsedQuestion(ordered, phrases, dates, null) {
            Years = years,
            Words = words,
            Kind = kind,
            CountedWord = countedWord,
            AsksWhatHappened = QuestionKinds.AsksWhatHappened(question, kind),
            Speaker = kind == QuestionKind.Statement ? SpeakerAttribution.SpeakerOf(question) : [],
        };
        return parsed.HasContent || parsed.PeriodOnly
            ? parsed
            : Rejected("Add a name or topic: this question has only common words.");
    }

    private static ParsedQuestion Rejected(string problem) => new([], [], null, problem);

    /// <summary>The tokens <paramref name="analyzer"/> makes of <paramref name="text"/>, with offsets into it.</summary>
    internal static List<AnalyzedToken> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(IndexFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), offset.StartOffset, offset.EndOffset, position));
        }

        stream.End();
        return tokens;
    }
}
