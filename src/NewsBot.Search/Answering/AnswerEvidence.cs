using System.Text.RegularExpressions;
using NewsBot.Core.Articles;
using NewsBot.Core.Dates;

namespace NewsBot.Search.Answering;

/// <summary>
/// How strongly a sentence holds the sort of answer its question asks for (a date for "when", a number for "how
/// many", a reason for "why", a place, a name, someone's words), and where those answering words stand, to bold
/// them. Words the question itself holds never count: repeating the question is not answering it.
/// </summary>
internal static partial class AnswerEvidence
{
    /// <summary>Answering words of one sentence: a strength from 0 (none) to 1, and their spans in the text.</summary>
    public readonly record struct Found(double Strength, IReadOnlyList<TextSpan> Spans)
    {
        public static readonly Found None = new(0, []);
    }

    // A role word within this many characters of a name is beside it ("NRC chairman Gregory Jaczko", "Pat Robertson,
    // the televangelist"); one further off is just another word of the sentence.
    private const int RoleWindowChars = 12;

    // Bold at most this many answering runs: the answer, not the sentence.
    private const int MaxSpans = 3;

    /// <summary>The answering words of <c>text[start..end]</c> for <paramref name="question"/>.</summary>
    public static Found In(ParsedQuestion question, string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(text);
        var sentence = text[start..end];
        var asked = AskedWords(question);
        var found = question.Kind switch
        {
            QuestionKind.Time => Dates(sentence, asked),
            QuestionKind.Quantity => Numbers(sentence, asked, question.CountedWord),
            QuestionKind.Reason => Reasons(sentence, asked),
            QuestionKind.Place => Places(sentence, asked),
            QuestionKind.Person => Names(sentence, asked),
            QuestionKind.Statement => Statements(sentence),
            _ => Found.None,
        };
        return found.Spans.Count == 0 && found.Strength <= 0
            ? Found.None
            : found with { Spans = found.Spans.Take(MaxSpans).Select(span => new TextSpan(span.Start + start, span.Length)).ToList() };
    }

    /// <summary>
    /// For "who": true when a name in <c>text[start..end]</c> stands beside the role the question asks about
    /// ("Caloundra coach Geoff Ingram" for "Who coaches Caloundra's side?", "Pat Robertson, the televangelist"): the
    /// sentence names the one asked about, which any name at all does not show. Read only when
    /// deciding whether a neighbour joins a quote, never to choose the quoted sentence (as choice evidence it lost
    /// held-out questions).
    /// </summary>
    public static bool NamesAskedRole(ParsedQuestion question, string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(text);
        // The role is the question's first plain word: "Which televangelist ...", "Which NRC chairman ...", "Who
        // coaches ...". Its later words are the topic, which names beside them ("the Sunshine Coast rugby union") do
        // not answer.
        var role = question.Words.FirstOrDefault(word => word.Content && !word.Capitalised)?.Exact;
        if (question.Kind != QuestionKind.Person || role is null)
        {
            return false;
        }

        var sentence = text[start..end];
        var asked = AskedWords(question);
        var words = Word().Matches(sentence);
        foreach (var name in Name().Matches(sentence).Where(match => !Repeats(match.Value, asked) && !Calendar().IsMatch(match.Value)))
        {
            var near = words.Where(word => word.Index + word.Length > name.Index - RoleWindowChars && word.Index < name.Index + name.Length + RoleWindowChars);
            if (near.Any(word => SameWord(word.Value, role)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// For "why": true when <c>text[start..end]</c> states a cause or an aim with one of English's other connectives
    /// ("led to", "stems from", "in a bid to", "to try and"). Read only when deciding whether a neighbour joins a quote:
    /// as evidence for choosing the quoted sentence these lost a held-out why-question in each set (reverted in 87b4c8b).
    /// </summary>
    public static bool StatesCause(ParsedQuestion question, string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(text);
        return question.Kind == QuestionKind.Reason && CausalConnective().IsMatch(text.AsSpan(start, end - start));
    }

    private static HashSet<string> AskedWords(ParsedQuestion question)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var term in question.Terms)
        {
            words.Add(term.Exact);
        }

        words.UnionWith(question.Years);
        return words;
    }

    // True when every word of the match is one the question already holds.
    private static bool Repeats(string match, HashSet<string> asked) =>
        Word().Matches(match).All(word => asked.Contains(word.Value));

    // A date or clock time answers "when"; a weekday or "yesterday" alone answers it only vaguely, and news
    // sentences name one so often that it tells the answering sentence from the others far less.
    private static Found Dates(string sentence, HashSet<string> asked)
    {
        var matches = DateOrTime().Matches(sentence).Where(match => !Repeats(match.Value, asked)).ToList();
        var strength = matches.Count == 0 ? 0 : matches.Any(match => !VagueDate().IsMatch(match.Value)) ? 1 : 0.5;
        return new Found(strength, matches.OrderBy(match => VagueDate().IsMatch(match.Value)).Select(match => new TextSpan(match.Index, match.Length)).ToList());
    }

    private static Found Numbers(string sentence, HashSet<string> asked, string? countedWord)
    {
        var dates = DateOrTime().Matches(sentence).Select(match => new TextSpan(match.Index, match.Length)).ToList();
        var strength = 0.0;
        var spans = new List<(TextSpan Span, double Strength)>();
        foreach (Match match in Number().Matches(sentence))
        {
            var span = new TextSpan(match.Index, match.Length);
            if (Repeats(match.Value, asked) || dates.Any(date => date.Overlaps(span)))
            {
                continue;
            }

            // A number "of the asked kind" stands just before the counted word ("sixteen policemen", "51 people").
            var after = sentence[span.End..Math.Min(sentence.Length, span.End + 40)];
            var counts = countedWord is not null && Word().Matches(after).Take(3).Any(word => SameWord(word.Value, countedWord));
            var value = counts ? 1 : 0.5;
            strength = Math.Max(strength, value);
            spans.Add((span, value));
        }

        return new Found(strength, spans.OrderByDescending(found => found.Strength).Select(found => found.Span).ToList());
    }

    // A reason word the question itself uses ("Why was X accused of fraud?" against "X was accused of fraud") repeats
    // the question instead of answering it.
    private static Found Reasons(string sentence, HashSet<string> asked)
    {
        bool Answers(Match match)
        {
            var reasonWord = Word().Match(match.Value).Value;
            return !asked.Any(word => SameWord(reasonWord, word));
        }

        var strong = StrongReason().Matches(sentence).Where(Answers).ToList();
        var matches = strong.Count > 0 ? strong : WeakReason().Matches(sentence).Where(Answers).ToList();
        var spans = matches.Select(match => new TextSpan(match.Index, match.Length)).ToList();
        return new Found(strong.Count > 0 ? 1 : spans.Count > 0 ? 0.5 : 0, spans);
    }

    private static Found Places(string sentence, HashSet<string> asked)
    {
        var spans = PlacePhrase().Matches(sentence)
            .Select(match => match.Groups["place"])
            .Where(place => !Repeats(place.Value, asked) && !Calendar().IsMatch(place.Value))
            .Select(place => new TextSpan(place.Index, place.Length))
            .ToList();
        return new Found(spans.Count > 0 ? 1 : 0, spans);
    }

    // Names abound in news, so a name the question lacks is weaker evidence than a date or a number.
    private static Found Names(string sentence, HashSet<string> asked)
    {
        var spans = Name().Matches(sentence)
            .Where(match => !Repeats(match.Value, asked) && !Calendar().IsMatch(match.Value))
            .Select(match => new TextSpan(match.Index, match.Length))
            .ToList();
        return new Found(spans.Count > 0 ? 0.6 : 0, spans);
    }

    private static Found Statements(string sentence)
    {
        var quoted = Quotation().Matches(sentence).Select(match => new TextSpan(match.Index, match.Length)).ToList();
        if (quoted.Count > 0)
        {
            return new Found(1, []);
        }

        return new Found(SpeechVerb().IsMatch(sentence) ? 0.5 : 0, []);
    }

    // The same word, give or take an inflection: "policeman" and "policemen", "murder" and "murders".
    private static bool SameWord(string a, string b)
    {
        var length = Math.Min(5, Math.Min(a.Length, b.Length));
        return length >= 3 && string.Compare(a, 0, b, 0, length, StringComparison.OrdinalIgnoreCase) == 0
            && Math.Abs(a.Length - b.Length) <= 3;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:(?:" + MonthNames.WithPeriod + @")(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:" + MonthNames.WithPeriod + @")(?:,?\s+\d{4})?|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|(?:1[6-9]|20)\d\d\b|\d{1,2}:\d\d(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s+(?:local time|UTC|GMT))?|\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)|\d{4}\s+(?:UTC|GMT|local time|hours)|yesterday|today|tonight|(?:this|last|next)\s+(?:morning|afternoon|evening|night|week|month|year)|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|later))", RegexOptions.IgnoreCase)]
    private static partial Regex DateOrTime();

    [GeneratedRegex(@"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|this|last|next)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VagueDate();

    [GeneratedRegex(@"\b(?:\d[\d,]*(?:\.\d+)?(?:-\d+)?(?:\s*(?:%|percent|per cent|million|billion|thousand|hundred))?|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half|a third|two-thirds|three-quarters|a quarter)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?:\s+(?:percent|per cent|million|billion|thousand|hundred))?)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex Number();

    [GeneratedRegex(@"\b(?:because(?: of)?|due to|owing to|citing|cited|in protest(?: at| against| of)?|to protest|in order to|so as to|as a result of|on the grounds|caused by|blamed|reasons?|for failing|in response to|in retaliation|accused of|over concerns|amid concerns|said it would)\b(?:\s+[\p{L}\p{N}'-]+){0,3}", RegexOptions.IgnoreCase)]
    private static partial Regex StrongReason();

    [GeneratedRegex(@"\b(?:(?:led|leading|lead|leads) to|stem(?:s|med|ming) from|in an? (?:attempt|bid|effort) to|an? (?:attempt|bid|effort) to|aimed at|to (?:prevent|avoid|try and|try to)|in the hope of|for fear of|so that)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CausalConnective();

    [GeneratedRegex(@"\b(?:after|following|amid)\b(?:\s+[\p{L}\p{N}'-]+){0,3}", RegexOptions.IgnoreCase)]
    private static partial Regex WeakReason();

    [GeneratedRegex(@"\b(?:in|at|near|from|outside|to|on)\s+(?:the\s+)?(?<place>\p{Lu}[\p{L}'-]+(?:(?:\s+|\s+(?:of|de|del|la|le)\s+)\p{Lu}[\p{L}'-]+)*)")]
    private static partial Regex PlacePhrase();

    [GeneratedRegex(@"(?<![\p{L}])\p{Lu}[\p{Ll}'-]+(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}'-]+)+")]
    private static partial Regex Name();

    [GeneratedRegex(@"^(?:" + MonthNames.WithPeriod + @"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|These|Those|He|She|It|They|We|In|On|At|But|And|A|An)\b")]
    private static partial Regex Calendar();

    [GeneratedRegex("\"[^\"]{3,}\"|\u201C[^\u201D]{3,}\u201D")]
    private static partial Regex Quotation();

    [GeneratedRegex(@"\b(?:said|says|told|stated|called|described|tweeted|wrote|shouted|warned|added|declared|announced|responded|replied)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpeechVerb();
}
