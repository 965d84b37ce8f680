using System.Globalization;

namespace NewsBot.Core.Answers;

/// <summary>
/// The bounds of a question and its filters, the same for <c>newsbot ask</c>, <c>/ask</c> and a mention: checked by
/// <see cref="AskingService"/>, registered as the Discord options' limits, and enforced again by the parser.
/// </summary>
public static class AskBounds
{
    /// <summary>Longest question accepted, in characters.</summary>
    public const int MaxQuestionLength = 500;

    /// <summary>Largest "last N days" filter: ten years.</summary>
    public const int MaxDays = 3650;

    /// <summary>Why a question of this length cannot be asked, or null when it can.</summary>
    public static string? QuestionProblem(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Length > MaxQuestionLength
            ? string.Create(CultureInfo.InvariantCulture, $"That question is {question.Length} characters long; please keep it under {MaxQuestionLength}.")
            : null;
    }

    /// <summary>
    /// Why <paramref name="days"/> cannot filter, or null when it can (or is not set); <paramref name="option"/> is how
    /// the front end shows the option (<c>--days</c>, <c>days</c>).
    /// </summary>
    public static string? DaysProblem(long? days, string option) =>
        days is < 1 or > MaxDays ? string.Create(CultureInfo.InvariantCulture, $"{option} must be between 1 and {MaxDays}.") : null;
}
