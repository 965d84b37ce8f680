using System.Text.Json.Serialization;

namespace NewsBot.Discord.Interactions;

/// <summary>The <c>data</c> of an interaction response: a message, autocomplete choices or a modal.</summary>
[JsonDerivedType(typeof(MessagePayload))]
[JsonDerivedType(typeof(AutocompleteResult))]
[JsonDerivedType(typeof(ModalPayload))]
public abstract record InteractionCallbackData;
