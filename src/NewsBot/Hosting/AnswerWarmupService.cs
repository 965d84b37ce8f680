using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NewsBot.Hosting;

/// <summary>
/// Runs <see cref="AnswerWarmup"/> once at start, beside the gateway connecting, so it delays nothing; a question that
/// arrives meanwhile waits for the same model load instead of starting its own.
/// </summary>
public sealed partial class AnswerWarmupService(AnswerWarmup warmup, TimeProvider time, ILogger<AnswerWarmupService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = time.GetTimestamp();
        try
        {
            // Off the host's start-up thread: the warm-up is CPU work of a second or two.
            await Task.Run(() => warmup.WarmAsync(stoppingToken), stoppingToken).ConfigureAwait(false);
            WarmedUp(logger, (long)time.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The warm-up only does early what the first real question would do, so serve goes on: that question
            // does the work again and reports its own failure to whoever asked.
            WarmUpFailed(logger, exception);
        }
    }

    [LoggerMessage(EventId = 5101, EventName = "AnswerWarmedUp", Level = LogLevel.Information, Message = "Answering warmed up (index opened, model loaded when the index has vectors) in {ElapsedMs} ms")]
    private static partial void WarmedUp(ILogger logger, long elapsedMs);

    [LoggerMessage(EventId = 5102, EventName = "AnswerWarmUpFailed", Level = LogLevel.Warning, Message = "Answering could not be warmed up; the first question will do that work")]
    private static partial void WarmUpFailed(ILogger logger, Exception exception);
}
