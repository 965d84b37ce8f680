using System.Globalization;
using System.Text;
using NewsBot.Bot.Conversation;
using NewsBot.Bot.Reindex;
using NewsBot.Core.Indexing;

namespace NewsBot.Bot.Rendering;

/// <summary>The <c>/reindex</c> reply while it runs (progress) and when it ends (the summary).</summary>
public static class ReindexRenderer
{
    private const int RunningColor = 0xD69E2E;
    private const int DoneColor = 0x2F855A;
    private const int ProblemColor = 0xC53030;

    /// <summary>The reply while the reindex runs.</summary>
    public static Reply Progress(bool full, IndexProgress? progress, TimeSpan elapsed)
    {
        var stage = progress is null
            ? "starting"
            : progress.Total is { } total
                ? $"{progress.Stage}: {BotFormat.Count(progress.Done)} of {BotFormat.Count(total)} {progress.UnitAfter(total)}"
                : progress.Stage;
        return new Reply
        {
            Cards =
            [
                new Card
                {
                    Title = full ? "Rebuilding the index\u2026" : "Refreshing the index\u2026",
                    Description = $"{TextCut.Escaped(stage, 300)} ({BotFormat.Seconds(elapsed)} so far)\nQuestions keep being answered from the current index meanwhile.",
                    Color = RunningColor,
                },
            ],
        };
    }

    /// <summary>The line under the summary while the sentence vectors are computed.</summary>
    public static string VectorsProgress(IndexProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var total = progress.Total ?? progress.Done;
        return $"Sentence vectors: {BotFormat.Count(progress.Done)} of {BotFormat.Count(total)} {progress.UnitAfter(total)} computed; answers use them as they arrive.";
    }

    /// <summary>The line under the summary once the vectors' pass ended; null when vectors are off or nothing is indexed.</summary>
    public static string? VectorsDone(VectorUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (update.Sentences == 0)
        {
            return null;
        }

        return update.Missing > 0
            ? $"Sentence vectors: {BotFormat.Count(update.Missing)} sentences still without one; the bot computes them in the background."
            : update.Embedded == 0
                ? "Sentence vectors: every sentence has one."
                : $"Sentence vectors: every sentence has one ({BotFormat.Count(update.Embedded)} computed in {BotFormat.Seconds(update.Elapsed)}).";
    }

    /// <summary>The line under the summary in the reply's last edit when the vectors outlast the reply's token.</summary>
    public const string VectorsContinuing = "Sentence vectors: still being computed in the background; answers use them as they arrive.";

    /// <summary>The line under the summary when computing the vectors failed.</summary>
    public const string VectorsFailed = "Sentence vectors could not be computed just now (the error is in the bot's log); answers are ranked by their words until they are.";

    /// <summary>
    /// The reply when the reindex ended: totals, failed sources, every skipped item with its reason (as many as fit), and
    /// the sentence vectors' state when <paramref name="vectors"/> is given.
    /// </summary>
    public static Reply Summary(ReindexSummary summary, string? vectors = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var update = summary.Update;
        var description = new StringBuilder();
        description.Append(CultureInfo.InvariantCulture,
            $"{(summary.Full ? "Full rebuild" : "Refresh")} of {summary.Sources.Count} source(s) in {BotFormat.Seconds(summary.Elapsed)}: ")
            .Append($"**{BotFormat.Count(summary.Read)}** read, **{BotFormat.Count(update.Added)}** added, **{BotFormat.Count(update.Updated)}** updated, ")
            .Append($"{BotFormat.Count(update.Unchanged)} unchanged, **{BotFormat.Count(update.Removed)}** removed, **{BotFormat.Count(summary.SkippedCount)}** skipped.");
        if (summary.Refusal is { } refusal)
        {
            description.Append("\n\u26A0 Not swapped in: ").Append(TextCut.Escaped(refusal, 300))
                .Append(". The index is as it was; check the sources, or run `/reindex full:true allow_shrink:true` to accept the smaller index.");
        }

        foreach (var source in summary.Sources.Where(source => source.Refusal is not null))
        {
            description.Append("\n\u26A0 ").Append(TextCut.Escaped(source.SourceName, 100)).Append(": ").Append(TextCut.Escaped(source.Refusal!, 300)).Append('.');
        }

        foreach (var source in summary.Sources.Where(source => source.Failure is not null))
        {
            description.Append("\n\u26A0 ").Append(TextCut.Escaped(source.SourceName, 100)).Append(" could not be read: ")
                .Append(TextCut.Escaped(source.Failure ?? "unknown reason", 300)).Append(" Its indexed articles were kept.");
        }

        if (vectors is not null)
        {
            description.Append('\n').Append(vectors);
        }

        if (summary.SkippedCount > 0)
        {
            description.Append("\n\n**Skipped:**");
            var shown = 0;
            foreach (var item in summary.Skipped)
            {
                var line = "\n\u2022 " + TextCut.Escaped(item.ToString(), 300);
                if (description.Length + line.Length > ReplyLimits.CardDescription - 40)
                {
                    break;
                }

                description.Append(line);
                shown++;
            }

            if (shown < summary.SkippedCount)
            {
                description.Append(CultureInfo.InvariantCulture, $"\n\u2026and {BotFormat.Count(summary.SkippedCount - shown)} more (see the logs).");
            }
        }

        return new Reply
        {
            Cards =
            [
                new Card
                {
                    Title = summary.Succeeded ? "Reindex finished" : "Reindex finished with problems",
                    Description = description.ToString(),
                    Color = summary.Succeeded ? DoneColor : ProblemColor,
                },
            ],
        };
    }

    /// <summary>The reply when the reindex itself failed.</summary>
    public static Reply Failed() => new()
    {
        Cards =
        [
            new Card
            {
                Title = "Reindex failed",
                Description = "Something went wrong while reindexing. Articles already indexed are kept and questions are still answered; the error is in the bot's log.",
                Color = ProblemColor,
            },
        ],
    };
}
