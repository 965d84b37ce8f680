using System.Text.Json.Nodes;

namespace NewsBot.Testing.Discord.Rest;

/// <summary>What each REST route of the stand-in does to the state once a request passed the pipeline.</summary>
internal sealed partial class StandInRest
{
    private StandInAnswer Handle(StandInRequest request, JsonNode? json, DateTimeOffset now)
    {
        var values = request.Values;
        if (values.TryGetValue("channel_id", out var channel) && _deniedChannels.Contains(channel))
        {
            return Error(403, 50013, "Missing Permissions");
        }

        switch (request.Route)
        {
            case StandInRoutes.GlobalCommands:
            case StandInRoutes.GuildCommands:
                return Ok(OverwriteCommands(values, (JsonArray?)json ?? [], now));

            case StandInRoutes.Callback:
                return Callback(values, (JsonObject)json!, now);

            case StandInRoutes.GetOriginal:
                return Original(values) is { } original ? Ok(original.DeepClone()) : UnknownMessage();

            case StandInRoutes.EditOriginal:
                if (Original(values) is not { } edited)
                {
                    return UnknownMessage();
                }

                StandInRestState.Apply(edited, (JsonObject)json!);
                edited["flags"] = ((int?)edited["flags"] ?? 0) & ~LoadingFlag;
                return Ok(edited.DeepClone());

            case StandInRoutes.DeleteOriginal:
                var record = _rest.InteractionsByToken[values["webhook_token"]];
                if (record.OriginalId is not { } originalId)
                {
                    return UnknownMessage();
                }

                _rest.Messages.Remove(originalId);
                record.OriginalId = null;
                return new StandInAnswer(204, null, []);

            case StandInRoutes.FollowUp:
                var interaction = _rest.InteractionsByToken[values["webhook_token"]];
                if (FirstFollowUpAfterDeferral(interaction) is { } loadingOriginal)
                {
                    // Discord's docs (Receiving and Responding, "Create Followup Message"): right after a deferred
                    // response this acts as Edit Original Interaction Response; no new message is made and the
                    // ephemeral flag is ignored, since a message's ephemeral state cannot change.
                    var update = (JsonObject)json!.DeepClone();
                    update.Remove("flags");
                    StandInRestState.Apply(loadingOriginal, update);
                    loadingOriginal["flags"] = ((int?)loadingOriginal["flags"] ?? 0) & ~LoadingFlag;
                    return Ok(loadingOriginal.DeepClone());
                }

                var followUp = _rest.NewMessage((JsonObject)json!, interaction.ChannelId, now, values["webhook_id"], type: 0);
                interaction.FollowUpIds.Add((string)followUp["id"]!);
                return Ok(followUp.DeepClone());

            case StandInRoutes.EditFollowUp:
                var owner = _rest.InteractionsByToken[values["webhook_token"]];
                if (!owner.FollowUpIds.Contains(values["message_id"]))
                {
                    return UnknownMessage();
                }

                var target = _rest.Messages[values["message_id"]];
                StandInRestState.Apply(target, (JsonObject)json!);
                return Ok(target.DeepClone());

            case StandInRoutes.CreateMessage:
                var body = (JsonObject)json!;
                var type = body["message_reference"] is null ? 0 : 19;
                return Ok(_rest.NewMessage(body, values["channel_id"], now, null, type).DeepClone());

            case StandInRoutes.EditMessage:
                if (!_rest.Messages.TryGetValue(values["message_id"], out var message) || (string?)message["channel_id"] != values["channel_id"])
                {
                    return UnknownMessage();
                }

                StandInRestState.Apply(message, (JsonObject)json!);
                return Ok(message.DeepClone());

            default:
                return Error(404, 0, "404: Not Found");
        }
    }

    private JsonArray OverwriteCommands(IReadOnlyDictionary<string, string> values, JsonArray commands, DateTimeOffset now)
    {
        var guildId = values.GetValueOrDefault("guild_id");
        var scope = guildId ?? "global";
        var previous = _rest.Commands.TryGetValue(scope, out var old) ? old : [];
        var registered = new JsonArray();
        foreach (var command in commands.OfType<JsonObject>())
        {
            var copy = (JsonObject)command.DeepClone();
            copy["type"] ??= 1;

            // Discord keeps a command's id when a command of the same name and type is overwritten.
            var same = previous.OfType<JsonObject>().FirstOrDefault(p => (string?)p["name"] == (string?)copy["name"] && (int?)p["type"] == (int?)copy["type"]);
            copy["id"] = (string?)same?["id"] ?? _rest.NextId(now);
            copy["application_id"] = values["application_id"];
            if (guildId is not null)
            {
                copy["guild_id"] = guildId;
            }

            copy["version"] = _rest.NextId(now);
            copy["default_member_permissions"] ??= null;
            copy["description"] ??= string.Empty;
            registered.Add(copy);
        }

        _rest.Commands[scope] = registered;
        return (JsonArray)registered.DeepClone();
    }

    private StandInAnswer Callback(IReadOnlyDictionary<string, string> values, JsonObject body, DateTimeOffset now)
    {
        var record = _rest.Interaction(values["interaction_id"], values["interaction_token"]);
        if (record.Callback is not null)
        {
            return Error(400, 40060, "Interaction has already been acknowledged.");
        }

        record.Callback = (JsonObject)body.DeepClone();
        var data = body["data"] as JsonObject ?? [];
        switch ((int?)body["type"])
        {
            case 4:
                record.OriginalId = (string)_rest.NewMessage(data, record.ChannelId, now, null, type: 20)["id"]!;
                break;
            case 5:
                var loading = _rest.NewMessage(new JsonObject(), record.ChannelId, now, null, type: 20);
                loading["flags"] = LoadingFlag | ((int?)data["flags"] ?? 0);
                record.OriginalId = (string)loading["id"]!;
                break;
            case 7 when record.MessageId is { } id && _rest.Messages.TryGetValue(id, out var message):
                StandInRestState.Apply(message, data);
                break;
        }

        return new StandInAnswer(204, null, []);
    }

    /// <summary>The original response when it is still the "thinking" message of a deferral and no follow-up came yet.</summary>
    private JsonObject? FirstFollowUpAfterDeferral(InteractionRecord interaction)
        => (int?)interaction.Callback?["type"] == 5 && interaction.FollowUpIds.Count == 0
            && interaction.OriginalId is { } id && _rest.Messages.TryGetValue(id, out var original)
            && (((int?)original["flags"] ?? 0) & LoadingFlag) != 0
            ? original
            : null;

    private JsonObject? Original(IReadOnlyDictionary<string, string> values)
        => _rest.InteractionsByToken.TryGetValue(values["webhook_token"], out var record) && record.OriginalId is { } id
            ? _rest.Messages.GetValueOrDefault(id)
            : null;

    private static StandInAnswer Ok(JsonNode body) => new(200, body, []);

    private static StandInAnswer UnknownMessage() => Error(404, 10008, "Unknown Message");

    private static StandInAnswer Error(int status, int code, string message)
        => new(status, new JsonObject { ["message"] = message, ["code"] = code }, []);
}
