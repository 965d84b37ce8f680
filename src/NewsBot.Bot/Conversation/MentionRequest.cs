namespace NewsBot.Bot.Conversation;

/// <summary>A message from a person that addresses the bot, with the mention itself taken out of the question.</summary>
/// <param name="Asker">Who wrote it.</param>
/// <param name="MessageId">The message, which the answer replies to.</param>
/// <param name="ChannelId">Where it was written.</param>
/// <param name="Question">The message's text without the bot's mention, trimmed.</param>
public sealed record MentionRequest(Asker Asker, ulong MessageId, ulong ChannelId, string Question);
