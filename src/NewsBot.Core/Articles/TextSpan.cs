namespace NewsBot.Core.Articles;

/// <summary>A range of characters in an article's <see cref="Article.Text"/>: where a sentence, passage or quote stands.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The offset one past the last character.</summary>
    public int End => Start + Length;

    /// <summary>The characters this span covers in <paramref name="text"/>.</summary>
    public string Slice(string text) => text.Substring(Start, Length);
}
