namespace NewsBot.Core.Articles;

/// <summary>A range of characters in an article's <see cref="Article.Text"/>: where a sentence, passage or quote stands.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The offset one past the last character.</summary>
    public int End => Start + Length;

    /// <summary>True when the two spans share at least one character.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>True when every character of <paramref name="other"/> lies inside this span.</summary>
    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    /// <summary>The characters this span covers in <paramref name="text"/>.</summary>
    public string Slice(string text) => text.Substring(Start, Length);
}
