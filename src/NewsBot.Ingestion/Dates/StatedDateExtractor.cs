using System.Globalization;
using System.Text.RegularExpressions;
using NewsBot.Core.Articles;
using NewsBot.Core.Dates;
using NewsBot.Ingestion.Text;

namespace NewsBot.Ingestion.Dates;

/// <summary>
/// Finds calendar dates an article's text states ("Nov. 21, 2025", "21 November 2025", "2025-11-21",
/// "November 4", "on Tuesday", "last Tuesday", "yesterday") and resolves each to a day.
/// </summary>
/// <remarks>
/// Forms without a year or relative to the article are resolved against a reference date (the published
/// date) and skipped when there is none. Month names count only with a day number, so "May" as a verb or
/// "March" as a noun is never a date. A date more than <see cref="MaxYearsAhead"/> years after the reference (or after
/// today, for an article without one) is no event but a number that looks like a year ("till November 24, 4000
/// rupees can be exchanged"), and is skipped.
/// </remarks>
public sealed partial class StatedDateExtractor
{
    /// <summary>How far after the reference date a yearless date may fall before it is taken to mean the year before.</summary>
    public static readonly TimeSpan YearlessLookahead = TimeSpan.FromDays(62);

    /// <summary>How many years after the reference date (or today) a stated date may fall and still be taken as a date.</summary>
    public const int MaxYearsAhead = 2;

    private readonly SentenceSplitter _splitter;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates an extractor that uses <paramref name="splitter"/> to find the sentence of each date.</summary>
    /// <param name="splitter">Finds the sentence of each date.</param>
    /// <param name="timeProvider">Today, for articles without a reference date; the system clock when null.</param>
    public StatedDateExtractor(SentenceSplitter splitter, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(splitter);
        _splitter = splitter;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The dates <paramref name="text"/> states, in text order, each with the sentence that states it.</summary>
    public IReadOnlyList<StatedDate> Extract(string text, DateOnly? reference) =>
        Extract(text, _splitter.Split(text), reference);

    /// <summary>As <see cref="Extract(string, DateOnly?)"/>, with the text's sentences already split.</summary>
    public IReadOnlyList<StatedDate> Extract(string text, IReadOnlyList<TextSpan> sentences, DateOnly? reference) =>
        Extract(text, sentences, reference, CancellationToken.None);

    /// <summary>As <see cref="Extract(string, IReadOnlyList{TextSpan}, DateOnly?)"/>, stopping soon after <paramref name="cancellationToken"/> is cancelled.</summary>
    public IReadOnlyList<StatedDate> Extract(string text, IReadOnlyList<TextSpan> sentences, DateOnly? reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        var found = new List<StatedDate>();
        var latest = Latest(reference ?? DateOnly.FromDateTime(_timeProvider.GetUtcNow().UtcDateTime));
        // Matches come in text order, so a mention overlaps one taken before it only if it starts before the furthest
        // end taken so far: one comparison, not one per date found (a text may state thousands).
        var takenUpTo = 0;
        foreach (Match match in DatePattern().Matches(text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var mention = Mention(match);
            if (Resolve(match, reference) is { } date && date <= latest && mention.Start >= takenUpTo)
            {
                takenUpTo = Math.Max(takenUpTo, mention.End);
                found.Add(new StatedDate(date, mention, SentenceOf(sentences, mention.Start)));
            }
        }

        return found.OrderBy(d => d.Mention.Start).ToList();
    }

    /// <summary>The first date <paramref name="text"/> states with its year (so no reference is needed), or null.</summary>
    public DateOnly? FirstAbsoluteDate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Only the first match that resolves is wanted: no sentences to find, no later dates to read.
        var latest = Latest(DateOnly.FromDateTime(_timeProvider.GetUtcNow().UtcDateTime));
        for (var match = DatePattern().Match(text); match.Success; match = match.NextMatch())
        {
            if (Resolve(match, reference: null) is { } date && date <= latest)
            {
                return date;
            }
        }

        return null;
    }

    private static TextSpan Mention(Match match)
    {
        var group = match.Groups["mention"];
        return new TextSpan(group.Index, group.Length);
    }

    private static DateOnly? Resolve(Match match, DateOnly? reference)
    {
        if (match.Groups["iso"].Success)
        {
            return Make(Int(match, "isoYear"), Int(match, "isoMonth"), Int(match, "isoDay"));
        }

        if (match.Groups["md"].Success || match.Groups["dm"].Success)
        {
            var prefix = match.Groups["md"].Success ? "md" : "dm";
            var month = MonthNames.Number(match.Groups[prefix + "Month"].Value);
            var day = Int(match, prefix + "Day");
            if (match.Groups[prefix + "Year"].Success)
            {
                return Make(Int(match, prefix + "Year"), month, day);
            }

            return reference is { } r ? InferYear(month, day, r) : null;
        }

        if (reference is not { } today)
        {
            return null;
        }

        if (match.Groups["relative"].Success)
        {
            return match.Groups["relative"].Value.ToLowerInvariant() switch
            {
                "yesterday" => today.AddDays(-1),
                "tomorrow" => today.AddDays(1),
                _ => today,
            };
        }

        var weekday = Enum.Parse<DayOfWeek>(match.Groups["weekday"].Value);
        var modifier = match.Groups["modifier"].Value.ToLowerInvariant();
        var back = ((int)today.DayOfWeek - (int)weekday + 7) % 7;
        return modifier switch
        {
            "next" => today.AddDays(back == 0 ? 7 : 7 - back),
            "last" => today.AddDays(back == 0 ? -7 : -back),
            _ => today.AddDays(-back),
        };
    }

    private static DateOnly? InferYear(int month, int day, DateOnly reference)
    {
        if (Make(reference.Year, month, day) is not { } sameYear)
        {
            return Make(reference.Year - 1, month, day);
        }

        var limit = reference.ToDateTime(TimeOnly.MinValue) + YearlessLookahead;
        return sameYear.ToDateTime(TimeOnly.MinValue) > limit ? Make(reference.Year - 1, month, day) : sameYear;
    }

    // A hostile published date near year 9999 must not overflow the bound.
    private static DateOnly Latest(DateOnly reference) =>
        reference.Year > DateOnly.MaxValue.Year - MaxYearsAhead ? DateOnly.MaxValue : reference.AddYears(MaxYearsAhead);

    private static DateOnly? Make(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    // Sentences are in text order and do not overlap: a binary search, not a scan of them all for every date.
    private static TextSpan SentenceOf(IReadOnlyList<TextSpan> sentences, int offset)
    {
        var low = 0;
        var high = sentences.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var sentence = sentences[middle];
            if (offset < sentence.Start)
            {
                high = middle - 1;
            }
            else if (offset >= sentence.End)
            {
                low = middle + 1;
            }
            else
            {
                return sentence;
            }
        }

        return new TextSpan(offset, 0);
    }

    // One pass over the text; named groups tell the forms apart. "mention" is the date expression itself,
    // without a leading "on", so quotes can mark exactly the words that state the date.
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}])(?:" +
        @"(?<iso>(?<mention>(?<isoYear>\d{4})-(?<isoMonth>\d{2})-(?<isoDay>\d{2})))(?!\d)" +
        @"|(?<md>(?<mention>(?<mdMonth>" + MonthNames.Pattern + @")\s+(?<mdDay>\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?<mdYear>\d{4})(?!\d))?))" +
        @"|(?<dm>(?<mention>(?<dmDay>\d{1,2})(?:st|nd|rd|th)?\s+(?<dmMonth>" + MonthNames.Pattern + @")(?:,?\s+(?<dmYear>\d{4})(?!\d))?))" +
        @"|(?<mention>(?:(?<modifier>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))" +
        @"|(?<mention>(?<relative>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight))" +
        @")(?![\p{L}])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DatePattern();
}
