namespace NewsBot.Evaluation.QuestionSet;

/// <summary>The counts of one kind of question.</summary>
/// <param name="Kind">The kind, as written in the set.</param>
/// <param name="Questions">Questions of this kind.</param>
/// <param name="Answerable">Of those, the ones with answer alternatives.</param>
/// <param name="Hits">Answerable ones whose first quote holds an alternative.</param>
/// <param name="FalseNotFound">Answerable ones answered "not found".</param>
/// <param name="Absent">Ones whose only right answer is "not found".</param>
/// <param name="HonestNotFound">Of those, the ones answered "not found".</param>
public sealed record KindFigures(string Kind, int Questions, int Answerable, int Hits, int FalseNotFound, int Absent, int HonestNotFound);
