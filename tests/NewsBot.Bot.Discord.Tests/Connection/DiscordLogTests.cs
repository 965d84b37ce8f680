using Discord;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NewsBot.Bot.Discord.Connection;

namespace NewsBot.Bot.Discord.Tests.Connection;

public sealed class DiscordLogTests : IDisposable
{
    private const string Token = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.secret-part.of-the-token";

    private readonly FakeLogCollector _collector = new();
    private readonly ILoggerFactory _loggers;
    private readonly DiscordLog _log;

    public DiscordLogTests()
    {
        var provider = new FakeLoggerProvider(_collector);
        _loggers = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(provider));
        _log = new DiscordLog(_loggers, Token);
    }

    public void Dispose() => _loggers.Dispose();

    [Theory]
    [InlineData(LogSeverity.Critical, LogLevel.Critical)]
    [InlineData(LogSeverity.Error, LogLevel.Error)]
    [InlineData(LogSeverity.Warning, LogLevel.Warning)]
    [InlineData(LogSeverity.Info, LogLevel.Information)]
    [InlineData(LogSeverity.Verbose, LogLevel.Debug)]
    [InlineData(LogSeverity.Debug, LogLevel.Trace)]
    public async Task Each_library_severity_is_logged_at_its_level(LogSeverity severity, LogLevel level)
    {
        await _log.WriteAsync(new LogMessage(severity, "Gateway", "Connected"));

        var record = Assert.Single(_collector.GetSnapshot());
        Assert.Equal(level, record.Level);
        Assert.Equal("Connected", record.Message);
    }

    [Fact]
    public async Task The_category_names_the_library_part_that_wrote_it()
    {
        await _log.WriteAsync(new LogMessage(LogSeverity.Info, "Shard #0", "Ready"));

        Assert.Equal("Discord.Shard #0", Assert.Single(_collector.GetSnapshot()).Category);
    }

    [Fact]
    public async Task A_message_without_a_source_is_logged_under_the_client()
    {
        await _log.WriteAsync(new LogMessage(LogSeverity.Info, null, "Logged in"));

        Assert.Equal("Discord.Client", Assert.Single(_collector.GetSnapshot()).Category);
    }

    [Fact]
    public async Task An_exception_without_a_message_is_logged_with_the_exceptions_text_redacted()
    {
        var failure = new InvalidOperationException($"Bad header Authorization: Bot {Token}");

        await _log.WriteAsync(new LogMessage(LogSeverity.Error, "Rest", null, failure));

        Assert.Equal("Bad header Authorization: Bot [token]", Assert.Single(_collector.GetSnapshot()).Message);
    }

    [Fact]
    public async Task An_exception_holding_the_token_is_logged_without_it()
    {
        var failure = new InvalidOperationException($"Bad header Authorization: Bot {Token}");

        await _log.WriteAsync(new LogMessage(LogSeverity.Error, "Rest", "A request failed", failure));

        var record = Assert.Single(_collector.GetSnapshot());
        Assert.NotNull(record.Exception);
        Assert.DoesNotContain(Token, record.Exception.ToString(), StringComparison.Ordinal);
        Assert.Contains("Bad header Authorization: Bot [token]", record.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_with_the_token_is_logged_without_it()
    {
        await _log.WriteAsync(new LogMessage(LogSeverity.Warning, "Rest", $"Login with Bot {Token} failed"));

        var record = Assert.Single(_collector.GetSnapshot());
        Assert.DoesNotContain(Token, record.Message, StringComparison.Ordinal);
        Assert.Equal("Login with Bot [token] failed", record.Message);
    }

    [Fact]
    public async Task The_exception_is_logged_as_the_exception()
    {
        var failure = new TimeoutException("The server did not respond in time.");

        await _log.WriteAsync(new LogMessage(LogSeverity.Error, "Gateway", "Heartbeat failed", failure));

        var record = Assert.Single(_collector.GetSnapshot());
        Assert.Same(failure, record.Exception);
        Assert.Equal("Heartbeat failed", record.Message);
    }
}
