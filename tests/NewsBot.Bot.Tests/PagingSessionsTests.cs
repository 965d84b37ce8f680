using Microsoft.Extensions.Time.Testing;
using NewsBot.Bot;
using NewsBot.Core.Answers;

namespace NewsBot.Bot.Tests;

public sealed class PagingSessionsTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 11, 21, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Stored_answer_is_found_with_its_asker()
    {
        var sessions = new PagingSessions<Answer>(_time);
        var answer = new Answer(AnswerOutcome.NotFound, "q", [], []);

        var key = sessions.Add(answer, askerId: 42);

        var session = sessions.Find(key);
        Assert.NotNull(session);
        Assert.Same(answer, session.Content);
        Assert.Equal(42UL, session.AskerId);
    }

    [Fact]
    public void Answer_is_gone_after_fifteen_minutes()
    {
        var sessions = new PagingSessions<Answer>(_time);
        var key = sessions.Add(new Answer(AnswerOutcome.NotFound, "q", [], []), 42);

        _time.Advance(PagingSessions<Answer>.Lifetime);

        Assert.Null(sessions.Find(key));
    }

    [Fact]
    public void A_session_counts_its_fifteen_minutes_from_the_request_s_creation_not_from_when_it_was_stored()
    {
        var sessions = new PagingSessions<Answer>(_time);
        var asked = _time.GetUtcNow();
        _time.Advance(TimeSpan.FromMinutes(2));
        var key = sessions.Add(new Answer(AnswerOutcome.NotFound, "q", [], []), 42, asked);

        _time.Advance(PagingSessions<Answer>.Lifetime - TimeSpan.FromMinutes(2) - TimeSpan.FromSeconds(1));
        Assert.NotNull(sessions.Find(key));
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Null(sessions.Find(key));
    }

    [Fact]
    public void Unknown_key_finds_nothing()
        => Assert.Null(new PagingSessions<Answer>(_time).Find("0000000000000000"));

    [Fact]
    public void An_asker_keeps_at_most_a_few_paging_sessions_and_the_oldest_goes_first()
    {
        var sessions = new PagingSessions<Answer>(_time);
        var answer = new Answer(AnswerOutcome.NotFound, "q", [], []);
        var others = sessions.Add(answer, askerId: 7);
        var keys = Enumerable.Range(0, PagingSessions<Answer>.MaxPerAsker + 1).Select(_ =>
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            return sessions.Add(answer, askerId: 42);
        }).ToList();

        Assert.Null(sessions.Find(keys[0]));
        Assert.All(keys.Skip(1), key => Assert.NotNull(sessions.Find(key)));
        Assert.NotNull(sessions.Find(others));
    }
}
