namespace NewsBot.Core.Answers;

/// <summary>Answers questions by quoting indexed passages. The one engine behind the CLI and Discord.</summary>
public interface IQuestionAnswerer
{
    /// <summary>Answers one question. Rejection and not-found are outcomes, not exceptions.</summary>
    Task<Answer> AskAsync(AskRequest request, CancellationToken cancellationToken);
}
