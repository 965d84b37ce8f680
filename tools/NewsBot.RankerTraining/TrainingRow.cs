namespace NewsBot.RankerTraining;

/// <summary>One candidate of one training question: its question (the ranking group), its relevance label, its features.</summary>
internal sealed record TrainingRow(string Group, float Label, float[] Features);
