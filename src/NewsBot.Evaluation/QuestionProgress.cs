using NewsBot.Core.Indexing;

namespace NewsBot.Evaluation;

/// <summary>Shows questions answered on the same progress display as indexing.</summary>
public sealed class QuestionProgress(IProgress<IndexProgress> display, int total) : IProgress<int>
{
    public void Report(int value) => display.Report(new IndexProgress("asking", value, total) { Unit = "questions" });
}
