using System.Text.Json.Serialization;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;
using NewsBot.Core.Recent;
using NewsBot.Core.Sources;

namespace NewsBot.CommandLine;

/// <summary>Source-generated JSON for <c>--json</c> output: camelCase, indented, enums as names.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(Answer))]
[JsonSerializable(typeof(RecentNews))]
[JsonSerializable(typeof(IndexStats))]
[JsonSerializable(typeof(SourcesListing))]
[JsonSerializable(typeof(RebuildReport))]
[JsonSerializable(typeof(Core.Sources.SourceReport))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
