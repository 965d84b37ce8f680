using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsBot.Maintenance.Status;

/// <summary>The status file's shape: versioned so a later format can be told apart.</summary>
internal sealed record StatusFile(IReadOnlyList<SourceStatus> Sources)
{
    public int Version { get; init; } = 1;
}

/// <summary>
/// Source-generated JSON for the status file, with the web defaults it was always written with (camelCase, names read
/// case-insensitively). Every command that refreshes or lists sources reads it: built by reflection, its serializer
/// cost a fifth of a short command's running time (`newsbot sources`, dotnet-trace, issue 21).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(StatusFile))]
internal sealed partial class StatusJsonContext : JsonSerializerContext;
