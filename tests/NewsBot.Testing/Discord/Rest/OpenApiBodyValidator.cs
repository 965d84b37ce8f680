using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace NewsBot.Testing.Discord.Rest;

/// <summary>
/// Validates REST request bodies against the request schemas of Discord's OpenAPI 3.1 description
/// (<c>../shared/discord/openapi.json</c> beside the checkout), with JsonSchema.Net. The spec is registered as one
/// base document, so its <c>#/components/schemas/...</c> references resolve where they stand.
/// </summary>
public sealed class OpenApiBodyValidator
{
    /// <summary>What is said when the spec is not there.</summary>
    public const string MissingNote = "openapi.json not found beside the checkout; schema check skipped";

    private static readonly Uri SpecUri = new("https://standin.discord.invalid/openapi.json");
    private static readonly Lazy<OpenApiBodyValidator> Shared = new(Load);

    private readonly JsonElement? _paths;
    // Draft 2020-12 as OpenAPI 3.1 uses it, with Discord's "x-discord-*" annotations allowed.
    private readonly BuildOptions _buildOptions = new()
    {
        SchemaRegistry = new SchemaRegistry(),
        Dialect = Dialect.Draft202012.With([], null, null, true),
    };
    private readonly Dictionary<string, JsonSchema?> _schemas = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    private OpenApiBodyValidator(JsonDocument? spec, string? specPath)
    {
        SpecPath = specPath;
        if (spec is not null)
        {
            _buildOptions.SchemaRegistry.Register(SpecUri, new JsonElementBaseDocument(spec.RootElement, SpecUri));
            _paths = spec.RootElement.GetProperty("paths");
        }
    }

    /// <summary>The validator of this process (the spec is parsed once).</summary>
    public static OpenApiBodyValidator Instance => Shared.Value;

    /// <summary>Where the spec was read from, or null when it was not found (then only documented limits are checked).</summary>
    public string? SpecPath { get; }

    /// <summary>True when bodies are checked against the spec.</summary>
    public bool IsAvailable => _paths is not null;

    /// <summary>Errors of <paramref name="body"/> against the JSON request schema of the operation; empty when valid or unchecked.</summary>
    public IReadOnlyList<BodyError> Validate(string method, string specPath, JsonElement body)
    {
        var schema = SchemaFor(method, specPath);
        if (schema is null)
        {
            return [];
        }

        var results = schema.Evaluate(body, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        var errors = (results.Details ?? [])
            .Where(d => !d.IsValid && d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => (Keyword: e.Key, Error: new BodyError(d.InstanceLocation.ToString(), $"{e.Key}: {e.Value}"))))
            .Distinct()
            .ToList();

        // A oneOf over variants fails every variant it is not: those "const"/"enum"/"should be null" misses are noise
        // beside the error that says what is actually wrong, so they are dropped when such an error exists.
        var telling = errors.Where(e => e.Keyword is not ("const" or "enum" or "oneOf" or "anyOf")
            && !(e.Keyword == "type" && e.Error.Message.EndsWith("should be \"null\"", StringComparison.Ordinal))).ToList();
        return (telling.Count > 0 ? telling : errors).Select(e => e.Error).ToList();
    }

    /// <summary>Builds the schemas of these routes ("METHOD /path") now, so the first request of a test does not wait for it.</summary>
    public void Warm(IEnumerable<string> routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        foreach (var route in routes)
        {
            var space = route.IndexOf(' ', StringComparison.Ordinal);
            SchemaFor(route[..space], route[(space + 1)..]);
        }
    }

    /// <summary>Finds <c>../shared/discord/openapi.json</c> beside the folder that holds <c>NewsBot.sln</c>.</summary>
    public static string? FindSpec() => FindSpec(AppContext.BaseDirectory);

    /// <summary>Finds the spec walking up from <paramref name="startDirectory"/>; null when there is none.</summary>
    public static string? FindSpec(string startDirectory)
    {
        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsBot.sln")))
            {
                var spec = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "discord", "openapi.json"));
                return File.Exists(spec) ? spec : null;
            }
        }

        return null;
    }

    private static OpenApiBodyValidator Load() => FromFile(FindSpec());

    /// <summary>A validator of the spec at <paramref name="path"/>; with null, one that checks nothing and says so.</summary>
    public static OpenApiBodyValidator FromFile(string? path)
    {
        if (path is null)
        {
            Console.Error.WriteLine(MissingNote);
            return new OpenApiBodyValidator(null, null);
        }

        var spec = JsonNode.Parse(File.ReadAllBytes(path))!;
        FollowTheDocs(spec);
        return new OpenApiBodyValidator(JsonDocument.Parse(spec.ToJsonString()), path);
    }

    /// <summary>
    /// Where the spec and the docs disagree Discord says to follow the docs: permission bit sets are strings there
    /// (<c>"32"</c>) but integers in the spec, and Discord accepts both, so both pass here.
    /// </summary>
    private static void FollowTheDocs(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            if (obj["default_member_permissions"] is JsonObject permissions && permissions["type"] is not null)
            {
                obj["default_member_permissions"] = new JsonObject
                {
                    ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]+$" }, permissions.DeepClone()),
                };
            }

            foreach (var (_, child) in obj.ToList())
            {
                if (child is not null)
                {
                    FollowTheDocs(child);
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array.ToList())
            {
                if (child is not null)
                {
                    FollowTheDocs(child);
                }
            }
        }
    }

    private JsonSchema? SchemaFor(string method, string specPath)
    {
        if (_paths is not { } paths)
        {
            return null;
        }

        var key = method + " " + specPath;
        lock (_lock)
        {
            if (_schemas.TryGetValue(key, out var cached))
            {
                return cached;
            }

            JsonSchema? schema = null;
            if (paths.TryGetProperty(specPath, out var item)
                && item.TryGetProperty(method.ToLowerInvariant(), out var operation)
                && operation.TryGetProperty("requestBody", out var requestBody)
                && requestBody.GetProperty("content").TryGetProperty("application/json", out var json))
            {
                // The body schema is a fragment of the spec: make its local references point into the registered spec.
                var text = json.GetProperty("schema").GetRawText()
                    .Replace("\"#/components/", $"\"{SpecUri}#/components/", StringComparison.Ordinal);
                using var document = JsonDocument.Parse(text);
                schema = JsonSchema.Build(document.RootElement.Clone(), _buildOptions,
                    new Uri($"https://standin.discord.invalid/operations/{Uri.EscapeDataString(key)}"));
            }

            _schemas[key] = schema;
            return schema;
        }
    }
}

/// <summary>One schema error: where in the body (JSON pointer) and what is wrong.</summary>
public sealed record BodyError(string Location, string Message);
