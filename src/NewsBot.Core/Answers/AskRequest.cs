namespace NewsBot.Core.Answers;

/// <summary>A question and its optional filters.</summary>
/// <param name="Question">Plain words as the member typed them; never query syntax.</param>
/// <param name="Outlet">Only quote this outlet, when set.</param>
/// <param name="Days">Only quote articles published in the last N days, when set.</param>
/// <param name="MaxArticles">How many article groups to return; the first page shows up to three, the rest serve paging (and ranking metrics at 10).</param>
public sealed record AskRequest(string Question, string? Outlet = null, int? Days = null, int MaxArticles = 10);
