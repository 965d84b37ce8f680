using System.Diagnostics;
using Xunit.Abstractions;

namespace NewsBot.Discord.Tests.Gateway;

/// <summary>
/// Two minutes of fast heartbeats while the stand-in dispatches numbered events and the connection is disrupted at
/// seeded random moments (drops, op 7, resumable closes, op 9 d:true). Every event must reach the handler exactly
/// once and in order. Marked <c>Category=Soak</c>, and a <see cref="SoakFactAttribute"/>: it runs when NEWSBOT_SOAK=1.
/// </summary>
public sealed class GatewaySoakTests(ITestOutputHelper output)
{
    private static readonly TimeSpan SoakDuration = TimeSpan.FromSeconds(125);

    [SoakFact]
    [Trait("Category", "Soak")]
    public async Task Every_event_reaches_the_handler_once_and_in_order_through_two_minutes_of_random_drops()
    {
        await using var harness = await GatewayHarness.CreateAsync(
            output: null,
            configureGateway: g =>
            {
                g.HeartbeatInterval = TimeSpan.FromMilliseconds(250);
                // 250 ms heartbeats are 240 payloads a minute, over Discord's 120 (its real interval is about 41 s).
                g.EnforceSendRateLimit = false;
            },
            seed: 11);
        await harness.StartAndWaitForReadyAsync();
        var random = new Random(2026);
        var clock = Stopwatch.StartNew();
        var disruptions = new Dictionary<string, int>();

        var lastNumber = 0;
        var producer = Task.Run(async () =>
        {
            var pace = new Random(7);
            while (clock.Elapsed < SoakDuration)
            {
                lastNumber++;
                await harness.Gateway.DispatchAsync("NUMBERED", $$"""{"n":{{lastNumber}}}""");
                await Task.Delay(pace.Next(5, 40));
            }
        });

        while (clock.Elapsed < SoakDuration - TimeSpan.FromSeconds(5))
        {
            await Task.Delay(random.Next(1500, 5000));
            await harness.Gateway.WaitForLiveSessionAsync();
            var roll = random.Next(100);
            var kind = roll switch { < 50 => "drop", < 70 => "op 7", < 85 => "close 4000", _ => "op 9 true" };
            try
            {
                switch (kind)
                {
                    case "drop": harness.Gateway.Drop(); break;
                    case "op 7": await harness.Gateway.SendReconnectAsync(); break;
                    case "close 4000": await harness.Gateway.CloseAsync(4000); break;
                    default: await harness.Gateway.SendInvalidSessionAsync(resumable: true); break;
                }

                disruptions[kind] = disruptions.GetValueOrDefault(kind) + 1;
            }
            catch (InvalidOperationException)
            {
                // The connection ended on its own (a zombie close on a loaded machine) between the wait and the action.
            }
        }

        await producer;
        await harness.Events.WaitUntilAsync(e => e.Named("NUMBERED").Count >= lastNumber, $"all {lastNumber} numbered events", TimeSpan.FromSeconds(120));

        var numbers = harness.Events.Named("NUMBERED").Select(d => d.Data.GetProperty("n").GetInt32()).ToList();
        output.WriteLine($"{lastNumber} events, disruptions: {string.Join(", ", disruptions.Select(d => $"{d.Key} x{d.Value}"))}, resumes: {harness.Gateway.Resumes.Count}, heartbeats: {harness.Gateway.HeartbeatCount}");
        Assert.Equal(Enumerable.Range(1, lastNumber), numbers);
        Assert.True(harness.Gateway.Resumes.Count >= disruptions.Values.Sum(), "every disruption should have been followed by a resume");
        Assert.Single(harness.Gateway.Identifies);
    }
}
