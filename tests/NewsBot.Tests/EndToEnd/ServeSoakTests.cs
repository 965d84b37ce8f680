using System.Diagnostics;
using NewsBot.Testing.Discord.Gateway;
using NewsBot.Testing.Discord.Rest;
using Xunit.Abstractions;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// Two minutes of <c>serve</c> through Discord.Net while the stand-in disrupts the connection at seeded random moments
/// (drops, op 7, resumable closes, op 9 <c>d: true</c>) and members keep running <c>/help</c>. Every interaction
/// delivered within its 3 seconds is answered exactly once, and none twice, though a resume replays what the bot had
/// already seen. Marked <c>Category=Soak</c> and a <see cref="SoakFactAttribute"/>: it runs when NEWSBOT_SOAK=1.
/// </summary>
[Collection(ServeCollection.Name)]
public sealed class ServeSoakTests(ITestOutputHelper output)
{
    private static readonly TimeSpan SoakDuration = TimeSpan.FromSeconds(125);

    /// <summary>
    /// An interaction delivered this soon after its creation leaves the bot time to answer within Discord's 3 s.
    /// Delivered means the client confirmed it: a later heartbeat on the same connection carries its sequence number
    /// or a higher one. A frame written just before a drop, or to a connection the library was already giving up as a
    /// zombie, was never read; when the library then starts a new session, Discord (and so the stand-in) replays
    /// nothing of the old one, and such an interaction is lost to any client.
    /// </summary>
    private static readonly TimeSpan DeliveredInTime = TimeSpan.FromSeconds(2);

    [SoakFact]
    [Trait("Category", "Soak")]
    public async Task Every_interaction_delivered_in_time_is_answered_exactly_once_through_two_minutes_of_random_drops()
    {
        await using var bot = await ServeFixture.StartAsync(prepare: standIn =>
        {
            standIn.Gateway.HeartbeatInterval = TimeSpan.FromSeconds(1);
            // Fast heartbeats are more payloads a minute than Discord's 120 (its real interval is about 41 s).
            standIn.Gateway.EnforceSendRateLimit = false;
        });
        await bot.WaitUntilReadyAsync();
        var random = new Random(2026);
        var clock = Stopwatch.StartNew();
        var disruptions = new Dictionary<string, int>();
        var sent = new List<(SentInteraction Interaction, DateTimeOffset Created)>();

        var members = Task.Run(async () =>
        {
            var pace = new Random(7);
            while (clock.Elapsed < SoakDuration)
            {
                var created = bot.StandIn.Clock.GetUtcNow();
                sent.Add((await bot.SlashCreatedAtAsync("help", created), created));
                await Task.Delay(pace.Next(150, 600));
            }
        });

        while (clock.Elapsed < SoakDuration - TimeSpan.FromSeconds(5))
        {
            await Task.Delay(random.Next(1500, 5000));
            await bot.StandIn.Gateway.WaitForLiveSessionAsync();
            var kind = random.Next(100) switch { < 50 => "drop", < 70 => "op 7", < 85 => "close 4000", _ => "op 9 true" };
            try
            {
                switch (kind)
                {
                    case "drop": bot.StandIn.Gateway.Drop(); break;
                    case "op 7": await bot.StandIn.Gateway.SendReconnectAsync(); break;
                    case "close 4000": await bot.StandIn.Gateway.CloseAsync(4000); break;
                    default: await bot.StandIn.Gateway.SendInvalidSessionAsync(resumable: true); break;
                }

                disruptions[kind] = disruptions.GetValueOrDefault(kind) + 1;
            }
            catch (InvalidOperationException)
            {
                // The connection ended on its own between the wait and the action.
            }
        }

        await members;
        await bot.StandIn.Gateway.WaitForLiveSessionAsync();
        Assert.Equal(0, await bot.StopAsync());

        var frames = bot.StandIn.Gateway.Frames;
        var callbacks = bot.StandIn.Requests.Where(request => request.Route == StandInRoutes.Callback)
            .GroupBy(request => request.RouteValues["interaction_id"]).ToDictionary(group => group.Key, group => group.ToList());
        var inTime = sent.Where(each => ConfirmedDelivery(frames, each.Interaction.Id) is { } delivered && delivered - each.Created <= DeliveredInTime).ToList();
        output.WriteLine(
            $"{sent.Count} interactions, {inTime.Count} delivered within {DeliveredInTime.TotalSeconds} s, {callbacks.Count} answered; " +
            $"disruptions: {string.Join(", ", disruptions.Select(d => $"{d.Key} x{d.Value}"))}; resumes: {bot.StandIn.Gateway.Resumes.Count}, identifies: {bot.StandIn.Gateway.Identifies.Count}");
        Assert.True(disruptions.Values.Sum() >= 20, "the soak should disrupt the connection often");
        Assert.All(callbacks.Values, answers => Assert.Single(answers));
        Assert.All(inTime, each => Assert.Equal(204, Assert.Single(callbacks.GetValueOrDefault(each.Interaction.Id) ?? []).Status));
        Assert.Empty(bot.StandIn.SchemaViolations);
    }

    /// <summary>When the stand-in first sent the interaction on a connection whose client later confirmed it, or null.</summary>
    private static DateTimeOffset? ConfirmedDelivery(IReadOnlyList<StandInGatewayFrame> frames, string interactionId)
        => frames
            .Where(frame => frame.Direction == FrameDirection.Sent && frame.EventName == "INTERACTION_CREATE" && frame.Sequence is not null
                && frame.Json.Contains($"\"id\":\"{interactionId}\"", StringComparison.Ordinal))
            .FirstOrDefault(sent => frames.Any(heartbeat => heartbeat.Direction == FrameDirection.Received && heartbeat.Op == 1
                && heartbeat.ConnectionId == sent.ConnectionId && heartbeat.At >= sent.At && HeartbeatSequence(heartbeat) >= sent.Sequence))?.At;

    private static int HeartbeatSequence(StandInGatewayFrame heartbeat)
        => System.Text.Json.Nodes.JsonNode.Parse(heartbeat.Json)?["d"] is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<int>(out var sequence) ? sequence : -1;
}
