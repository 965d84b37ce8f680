using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsBot.Discord.Models;

/// <summary>Reads snowflakes from strings or numbers and always writes them as strings, as Discord expects.</summary>
public sealed class SnowflakeJsonConverter : JsonConverter<Snowflake>
{
    public override Snowflake Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetUInt64(out var number))
        {
            return new Snowflake(number);
        }

        if (reader.TokenType == JsonTokenType.String
            && Utf8Parser.TryParse(reader.ValueSpan, out ulong parsed, out var consumed)
            && consumed == reader.ValueSpan.Length)
        {
            return new Snowflake(parsed);
        }

        throw new JsonException("A snowflake must be a string or number holding an unsigned 64-bit integer.");
    }

    public override void Write(Utf8JsonWriter writer, Snowflake value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToString());
}
