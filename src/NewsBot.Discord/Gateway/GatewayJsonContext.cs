using System.Text.Json.Serialization;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Gateway;

/// <summary>Source-generated (reflection-free) JSON metadata for everything the gateway reads and writes.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GatewayPayload))]
[JsonSerializable(typeof(HelloData))]
[JsonSerializable(typeof(IdentifyData))]
[JsonSerializable(typeof(ResumeData))]
[JsonSerializable(typeof(PresenceData))]
[JsonSerializable(typeof(ReadyData))]
[JsonSerializable(typeof(GuildCreateData))]
[JsonSerializable(typeof(GuildRoleData))]
[JsonSerializable(typeof(GuildRoleDeleteData))]
[JsonSerializable(typeof(GatewayBotInfo))]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(Message))]
[JsonSerializable(typeof(int?))]
[JsonSerializable(typeof(bool))]
internal sealed partial class GatewayJsonContext : JsonSerializerContext;
