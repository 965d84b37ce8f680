namespace NewsBot.Search.Answering;

/// <summary>What sort of answer a question asks for, read from its question words; it decides which sentence answers.</summary>
internal enum QuestionKind
{
    /// <summary>No particular sort of answer ("what happened...", a topic, a name alone).</summary>
    Other,

    /// <summary>A reason: "why...", "what caused...".</summary>
    Reason,

    /// <summary>A date or a time: "when...", "what year...", "at what time...".</summary>
    Time,

    /// <summary>A number: "how many...", "how much...", "what share...".</summary>
    Quantity,

    /// <summary>A place: "where...", "in which town...".</summary>
    Place,

    /// <summary>A person or group: "who...", "who won...", "which judge...".</summary>
    Person,

    /// <summary>Someone's words: "what did X say...", "how did X respond...".</summary>
    Statement,
}
