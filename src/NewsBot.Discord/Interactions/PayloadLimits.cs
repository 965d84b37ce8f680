using System.Text.RegularExpressions;

namespace NewsBot.Discord.Interactions;

/// <summary>
/// Checks payloads against <see cref="DiscordLimits"/> before they are sent, so a renderer's mistake surfaces as a
/// <see cref="DiscordLimitException"/> naming the limit instead of Discord's 400 after a round trip.
/// </summary>
public static partial class PayloadLimits
{
    /// <summary>Throws <see cref="DiscordLimitException"/> if the message breaks a limit.</summary>
    public static void Check(MessagePayload message, string path = "")
    {
        ArgumentNullException.ThrowIfNull(message);
        Length(nameof(DiscordLimits.MessageContent), Join(path, "content"), message.Content, DiscordLimits.MessageContent);
        if (message.Embeds is { } embeds)
        {
            Count(nameof(DiscordLimits.EmbedsPerMessage), Join(path, "embeds"), embeds.Count, DiscordLimits.EmbedsPerMessage);
            var total = 0;
            for (var i = 0; i < embeds.Count; i++)
            {
                total += CheckEmbed(embeds[i], Join(path, $"embeds[{i}]"));
            }

            Count(nameof(DiscordLimits.EmbedTotalCharacters), Join(path, "embeds (all text)"), total, DiscordLimits.EmbedTotalCharacters);
        }

        if (message.Components is { } rows)
        {
            CheckRows(rows, Join(path, "components"));
        }
    }

    /// <summary>Throws <see cref="DiscordLimitException"/> if the interaction response breaks a limit.</summary>
    public static void Check(InteractionResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        switch (response.Data)
        {
            case MessagePayload message:
                Check(message, "data");
                break;
            case AutocompleteResult result:
                Count(nameof(DiscordLimits.AutocompleteChoices), "data.choices", result.Choices.Count, DiscordLimits.AutocompleteChoices);
                CheckChoices(result.Choices, "data.choices");
                break;
            case ModalPayload modal:
                Range(nameof(DiscordLimits.ModalTitle), "data.title", modal.Title.Length, 1, DiscordLimits.ModalTitle);
                Range(nameof(DiscordLimits.CustomIdMax), "data.custom_id", modal.CustomId.Length, DiscordLimits.CustomIdMin, DiscordLimits.CustomIdMax);
                Range(nameof(DiscordLimits.ActionRows), "data.components", modal.Components.Count, 1, DiscordLimits.ActionRows);
                break;
        }
    }

    /// <summary>Throws <see cref="DiscordLimitException"/> if a command definition breaks a limit.</summary>
    public static void Check(IReadOnlyList<ApplicationCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        for (var i = 0; i < commands.Count; i++)
        {
            var command = commands[i];
            var path = $"[{i}]";
            var slash = command.Type == ApplicationCommandType.ChatInput;
            CheckName(command.Name, path + ".name", slash);
            if (slash)
            {
                Range(nameof(DiscordLimits.CommandDescription), path + ".description", command.Description.Length, 1, DiscordLimits.CommandDescription);
            }

            CheckOptions(command.Options, path + ".options");
        }
    }

    private static void CheckOptions(IReadOnlyList<ApplicationCommandOption>? options, string path)
    {
        if (options is null)
        {
            return;
        }

        Count(nameof(DiscordLimits.CommandOptions), path, options.Count, DiscordLimits.CommandOptions);
        for (var i = 0; i < options.Count; i++)
        {
            var option = options[i];
            var at = $"{path}[{i}]";
            CheckName(option.Name, at + ".name", slash: true);
            Range(nameof(DiscordLimits.CommandDescription), at + ".description", option.Description.Length, 1, DiscordLimits.CommandDescription);
            if (option.Choices is { } choices)
            {
                Count(nameof(DiscordLimits.OptionChoices), at + ".choices", choices.Count, DiscordLimits.OptionChoices);
                CheckChoices(choices, at + ".choices");
                if (option.Autocomplete == true)
                {
                    throw new DiscordLimitException("autocomplete excludes choices", at, "an option with choices cannot use autocomplete");
                }
            }

            CheckOptions(option.Options, at + ".options");
        }
    }

    private static void CheckChoices(IReadOnlyList<CommandOptionChoice> choices, string path)
    {
        for (var i = 0; i < choices.Count; i++)
        {
            Range(nameof(DiscordLimits.ChoiceName), $"{path}[{i}].name", choices[i].Name.Length, 1, DiscordLimits.ChoiceName);
        }
    }

    private static void CheckName(string name, string path, bool slash)
    {
        Range(nameof(DiscordLimits.CommandName), path, name.Length, 1, DiscordLimits.CommandName);
        if (slash && (!CommandName().IsMatch(name) || !string.Equals(name, name.ToLowerInvariant(), StringComparison.Ordinal)))
        {
            throw new DiscordLimitException(nameof(DiscordLimits.CommandNamePattern), path, $"'{name}' must be lowercase letters, digits, '-', '_' or '''");
        }
    }

    private static int CheckEmbed(Embed embed, string path)
    {
        var total = 0;
        total += Length(nameof(DiscordLimits.EmbedTitle), path + ".title", embed.Title, DiscordLimits.EmbedTitle);
        total += Length(nameof(DiscordLimits.EmbedDescription), path + ".description", embed.Description, DiscordLimits.EmbedDescription);
        total += Length(nameof(DiscordLimits.EmbedFooterText), path + ".footer.text", embed.Footer?.Text, DiscordLimits.EmbedFooterText);
        total += Length(nameof(DiscordLimits.EmbedAuthorName), path + ".author.name", embed.Author?.Name, DiscordLimits.EmbedAuthorName);
        if (embed.Fields is { } fields)
        {
            Count(nameof(DiscordLimits.EmbedFields), path + ".fields", fields.Count, DiscordLimits.EmbedFields);
            for (var i = 0; i < fields.Count; i++)
            {
                total += Length(nameof(DiscordLimits.EmbedFieldName), $"{path}.fields[{i}].name", fields[i].Name, DiscordLimits.EmbedFieldName);
                total += Length(nameof(DiscordLimits.EmbedFieldValue), $"{path}.fields[{i}].value", fields[i].Value, DiscordLimits.EmbedFieldValue);
            }
        }

        return total;
    }

    private static void CheckRows(IReadOnlyList<ActionRow> rows, string path)
    {
        Count(nameof(DiscordLimits.ActionRows), path, rows.Count, DiscordLimits.ActionRows);
        for (var r = 0; r < rows.Count; r++)
        {
            var buttons = rows[r].Components;
            Range(nameof(DiscordLimits.ButtonsPerRow), $"{path}[{r}].components", buttons.Count, 1, DiscordLimits.ButtonsPerRow);
            for (var b = 0; b < buttons.Count; b++)
            {
                var button = buttons[b];
                var at = $"{path}[{r}].components[{b}]";
                Length(nameof(DiscordLimits.ButtonLabel), at + ".label", button.Label, DiscordLimits.ButtonLabel);
                if (button.Style == ButtonStyle.Link)
                {
                    if (string.IsNullOrEmpty(button.Url) || button.CustomId is not null)
                    {
                        throw new DiscordLimitException("link button", at, "a link button needs a url and no custom_id");
                    }

                    Length(nameof(DiscordLimits.ButtonUrl), at + ".url", button.Url, DiscordLimits.ButtonUrl);
                }
                else
                {
                    Range(nameof(DiscordLimits.CustomIdMax), at + ".custom_id", button.CustomId?.Length ?? 0, DiscordLimits.CustomIdMin, DiscordLimits.CustomIdMax);
                }
            }
        }
    }

    /// <summary>Discord trims whitespace at both ends before counting, so this does too.</summary>
    private static int Length(string limit, string path, string? text, int max)
    {
        var length = text?.Trim().Length ?? 0;
        Count(limit, path, length, max);
        return length;
    }

    private static void Count(string limit, string path, int actual, int max)
    {
        if (actual > max)
        {
            throw new DiscordLimitException(limit, path, actual, max);
        }
    }

    private static void Range(string limit, string path, int actual, int min, int max)
    {
        if (actual < min)
        {
            throw new DiscordLimitException(limit, path, $"{actual} given, at least {min} needed");
        }

        Count(limit, path, actual, max);
    }

    private static string Join(string prefix, string name) => prefix.Length == 0 ? name : prefix + "." + name;

    [GeneratedRegex(DiscordLimits.CommandNamePattern)]
    private static partial Regex CommandName();
}
