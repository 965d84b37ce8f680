using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsBot.Ingestion.Text;

/// <summary>
/// Turns HTML into plain text, the one rule for every page, fragment and feed field: entities decoded, tags gone,
/// whitespace collapsed, and block elements (paragraphs, list items, headings) kept apart as paragraphs separated by
/// a blank line, so the sentence splitter sees where one paragraph ends. The walk uses its own stack, never recursion.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "svg", "object", "head",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "aside", "main", "blockquote", "pre", "figure",
        "figcaption", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
    };

    /// <summary>The plain text of an HTML fragment (or of text that merely contains entities); empty for null.</summary>
    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }

        if (html.IndexOfAny(['<', '&']) < 0)
        {
            // Plain text (most titles and bylines): nothing for a parser to do but collapse the white space.
            var plain = new Writer();
            plain.Append(html);
            return plain.ToString();
        }

        var document = new HtmlParser().ParseDocument(html);
        return ToPlainText(document.Body);
    }

    /// <summary>The plain text of a parsed element.</summary>
    public static string ToPlainText(INode? root)
    {
        if (root is null)
        {
            return string.Empty;
        }

        var writer = new Writer();
        // Each entry is a node to visit, or (Close) the end of a block whose paragraph it ends.
        var pending = new Stack<(INode Node, bool Close)>();
        pending.Push((root, false));
        while (pending.Count > 0)
        {
            var (node, close) = pending.Pop();
            if (close)
            {
                writer.EndParagraph();
                continue;
            }

            switch (node)
            {
                case IText text:
                    writer.Append(text.Data);
                    continue;
                case IElement element when Skipped.Contains(element.LocalName):
                    continue;
                case IElement element when element.LocalName == "br":
                    writer.LineBreak();
                    continue;
                case IElement element when Blocks.Contains(element.LocalName):
                    writer.EndParagraph();
                    pending.Push((node, true));
                    break;
            }

            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                pending.Push((child, false));
            }
        }

        return writer.ToString();
    }

    private sealed class Writer
    {
        private readonly List<string> _paragraphs = [];
        private readonly StringBuilder _current = new();
        private bool _pendingSpace;

        public override string ToString()
        {
            EndParagraph();
            return string.Join("\n\n", _paragraphs);
        }

        public void Append(string text)
        {
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    _pendingSpace = _current.Length > 0 && _current[^1] != '\n';
                    continue;
                }

                if (_pendingSpace)
                {
                    _current.Append(' ');
                    _pendingSpace = false;
                }

                _current.Append(c);
            }
        }

        public void LineBreak()
        {
            _current.Append('\n');
            _pendingSpace = false;
        }

        public void EndParagraph()
        {
            var paragraph = _current.ToString().Trim();
            if (paragraph.Length > 0)
            {
                _paragraphs.Add(paragraph);
            }

            _current.Clear();
            _pendingSpace = false;
        }
    }
}
