using NewsBot.Discord.Models;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// Restores the defaults the shared models declare (<c>= []</c>, <c>= string.Empty</c>) where a field was absent.
/// System.Text.Json's source generator builds records with <c>required</c> members through one object initializer
/// that passes every init-only property, so an absent list or string arrives as null despite its non-nullable type
/// (checked on .NET 10); the reflection serializer keeps the initializers. Without this, a MESSAGE_CREATE with no
/// <c>mentions</c> would hand the bot a null list.
/// </summary>
internal static class ReceivedModelDefaults
{
    public static Message Apply(Message message) => message with
    {
        Content = message.Content ?? string.Empty,
        Mentions = [.. (message.Mentions ?? []).Select(Apply)],
        Author = message.Author is null ? null : Apply(message.Author),
        Member = message.Member is null ? null : Apply(message.Member),
    };

    public static Interaction Apply(Interaction interaction) => interaction with
    {
        Data = interaction.Data is null ? null : Apply(interaction.Data),
        Member = interaction.Member is null ? null : Apply(interaction.Member),
        User = interaction.User is null ? null : Apply(interaction.User),
        Message = interaction.Message is null ? null : Apply(interaction.Message),
    };

    public static User Apply(User user) => user with { Username = user.Username ?? string.Empty };

    private static GuildMember Apply(GuildMember member) => member with
    {
        User = member.User is null ? null : Apply(member.User),
        Roles = member.Roles ?? [],
    };

    private static InteractionData Apply(InteractionData data) => data with
    {
        Options = [.. (data.Options ?? []).Select(Apply)],
        Values = data.Values ?? [],
    };

    private static InteractionDataOption Apply(InteractionDataOption option) => option with
    {
        Options = [.. (option.Options ?? []).Select(Apply)],
    };
}
