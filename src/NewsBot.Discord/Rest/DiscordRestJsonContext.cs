using System.Text.Json.Serialization;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Rest;

/// <summary>Source-generated JSON for REST bodies; null fields are left out, as Discord treats null as "clear it".</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommand>))]
[JsonSerializable(typeof(IReadOnlyList<RegisteredCommand>))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(MessagePayload))]
[JsonSerializable(typeof(Message))]
internal sealed partial class DiscordRestJsonContext : JsonSerializerContext;
